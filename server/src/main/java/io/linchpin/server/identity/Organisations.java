package io.linchpin.server.identity;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Organisations extends ListCrudRepository<Organisation, Long> {

    Optional<Organisation> findByName(String name);
}
