package io.linchpin.server.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Organisations extends ListCrudRepository<Organisation, Long> {

    Optional<Organisation> findByName(String name);

    List<Organisation> findAllByOrderByName();

    default OrganisationKind kindOf(long organisationId) {
        return findById(organisationId).map(Organisation::kind)
                .orElseThrow(() -> new IllegalStateException("No organisation " + organisationId));
    }
}
