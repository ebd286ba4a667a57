package io.linchpin.server.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Departments extends ListCrudRepository<Department, Long> {

    List<Department> findByOrganisationIdOrderByName(long organisationId);

    Optional<Department> findByOrganisationIdAndName(long organisationId, String name);
}
