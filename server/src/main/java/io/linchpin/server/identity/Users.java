package io.linchpin.server.identity;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Users extends ListCrudRepository<User, Long> {

    Optional<User> findByUsername(String username);
}
