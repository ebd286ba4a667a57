package io.linchpin.server.identity;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokens extends ListCrudRepository<ApiToken, Long> {

    List<ApiToken> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

    /** Bookkeeping, not a change of the token: leaves {@code version} alone. */
    @Modifying
    @Query("UPDATE api_tokens SET last_used_at = :at WHERE id = :id")
    void markUsed(long id, Instant at);
}
