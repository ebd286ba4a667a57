package io.linchpin.server.identity;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface Users extends ListCrudRepository<User, Long>, PagingAndSortingRepository<User, Long> {

    Optional<User> findByUsername(String username);

    Page<User> findByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(String username,
            String displayName, Pageable pageable);

    long countByAdminTrueAndEnabledTrue();

    /** Not a change of the account: leaves {@code version} alone so that no editor gets a false conflict. */
    @Modifying
    @Query("UPDATE users SET last_sign_in_at = :at WHERE id = :id")
    void markSignedIn(long id, Instant at);
}
