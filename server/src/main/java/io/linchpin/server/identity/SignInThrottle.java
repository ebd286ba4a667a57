package io.linchpin.server.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per username and per client address, in the database so that every
 * instance sees the same counts. {@link SignInSettings#maxFailures()} failures within the lockout
 * period lock the username (the address limit is higher: many people may share one address)
 * until the lockout period has passed since the last counted failure. While locked, no password
 * is even checked, so guessing makes no progress.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int MAX_SUBJECT_LENGTH = 200;

    enum Scope {
        USERNAME, ADDRESS
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final SignInSettings settings;
    private final Clock clock;

    @Autowired
    SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, SignInSettings settings) {
        this(jdbc, transactions, settings, Clock.systemUTC());
    }

    SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, SignInSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.clock = clock;
    }

    /** Until when sign-in is paused for this username or this address (the later of both), if it is. */
    Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(lockOf(Scope.USERNAME, username), lockOf(Scope.ADDRESS, address))
                .flatMap(Optional::stream)
                .filter(until -> until.isAfter(now))
                .max(Instant::compareTo);
    }

    /** Counts a wrong password (or unknown username); each count commits even though sign-in fails. */
    void recordFailure(String username, String address) {
        count(Scope.USERNAME, username, settings.maxFailures());
        count(Scope.ADDRESS, address, settings.maxFailuresPerAddress());
        forgetOldCounts();
    }

    /**
     * A right password clears the username's count. The address's count stays: otherwise one valid
     * account would let its owner keep guessing other people's passwords from the same address.
     */
    void recordSuccess(String username) {
        ownTransaction.executeWithoutResult(status -> jdbc
                .sql("DELETE FROM sign_in_failures WHERE scope = :scope AND subject = :subject")
                .param("scope", Scope.USERNAME.name()).param("subject", subject(username)).update());
    }

    /** Counts that can no longer lock anything go, so that guessing many usernames leaves no lasting rows. */
    private void forgetOldCounts() {
        Instant now = clock.instant();
        ownTransaction.executeWithoutResult(status -> jdbc
                .sql("DELETE FROM sign_in_failures WHERE first_failure_at < :windowStart "
                        + "AND (locked_until IS NULL OR locked_until < :now)")
                .param("windowStart", OffsetDateTime.ofInstant(now.minus(settings.lockout()), ZoneOffset.UTC))
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update());
    }

    private Optional<Instant> lockOf(Scope scope, String rawSubject) {
        if (rawSubject == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT locked_until FROM sign_in_failures WHERE scope = :scope AND subject = :subject")
                .param("scope", scope.name()).param("subject", subject(rawSubject))
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .optional().flatMap(until -> until);
    }

    private void count(Scope scope, String rawSubject, int limit) {
        if (rawSubject == null) {
            return;
        }
        String subject = subject(rawSubject);
        try {
            ownTransaction.executeWithoutResult(status -> countInTransaction(scope, subject, limit));
        } catch (DuplicateKeyException anotherInstanceInsertedFirst) {
            // The row exists now; count again, this time as an update under its row lock.
            ownTransaction.executeWithoutResult(status -> countInTransaction(scope, subject, limit));
        }
    }

    private void countInTransaction(Scope scope, String subject, int limit) {
        Instant now = clock.instant();
        Optional<Counter> current = jdbc.sql("SELECT failures, first_failure_at, locked_until FROM sign_in_failures "
                        + "WHERE scope = :scope AND subject = :subject FOR UPDATE")
                .param("scope", scope.name()).param("subject", subject)
                .query(SignInThrottle::counter).optional();
        Counter next = current.filter(counter -> counter.stillCounting(now, settings))
                .map(counter -> new Counter(counter.failures() + 1, counter.firstFailureAt(), null))
                .orElseGet(() -> new Counter(1, now, null));
        if (next.failures() >= limit) {
            next = new Counter(next.failures(), next.firstFailureAt(), now.plus(settings.lockout()));
            log.warn("Sign-in paused until {} for {} {} after {} failed attempts", next.lockedUntil(),
                    scope.name().toLowerCase(Locale.ROOT), subject, next.failures());
        }
        if (current.isPresent()) {
            jdbc.sql("UPDATE sign_in_failures SET failures = :failures, first_failure_at = :first, locked_until = :until "
                            + "WHERE scope = :scope AND subject = :subject")
                    .params(next.params(scope, subject)).update();
        } else {
            jdbc.sql("INSERT INTO sign_in_failures (scope, subject, failures, first_failure_at, locked_until) "
                            + "VALUES (:scope, :subject, :failures, :first, :until)")
                    .params(next.params(scope, subject)).update();
        }
    }

    private static Counter counter(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        return new Counter(rs.getInt("failures"), rs.getObject("first_failure_at", OffsetDateTime.class).toInstant(),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }

    private static String subject(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        return lower.length() > MAX_SUBJECT_LENGTH ? lower.substring(0, MAX_SUBJECT_LENGTH) : lower;
    }

    private record Counter(int failures, Instant firstFailureAt, Instant lockedUntil) {

        /** A count goes on within one lockout period, and never across a lock that has run out. */
        boolean stillCounting(Instant now, SignInSettings settings) {
            boolean lockRanOut = lockedUntil != null && !lockedUntil.isAfter(now);
            return !lockRanOut && firstFailureAt.plus(settings.lockout()).isAfter(now);
        }

        Map<String, Object> params(Scope scope, String subject) {
            Map<String, Object> params = new HashMap<>();
            params.put("scope", scope.name());
            params.put("subject", subject);
            params.put("failures", failures);
            params.put("first", OffsetDateTime.ofInstant(firstFailureAt, ZoneOffset.UTC));
            params.put("until", lockedUntil == null ? null : OffsetDateTime.ofInstant(lockedUntil, ZoneOffset.UTC));
            return params;
        }
    }
}
