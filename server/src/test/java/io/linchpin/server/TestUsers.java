package io.linchpin.server;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.linchpin.server.identity.UserAccounts;
import io.linchpin.server.identity.UserSummary;

/**
 * People for tests, each with a name no other test uses (tests share one database per run), and
 * the MockMvc post-processors to act as them.
 */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccounts accounts;
    private final UserDetailsService userDetails;

    public TestUsers(UserAccounts accounts, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
    }

    /** A name unique in this JVM and across runs on a reused database. */
    public static String unique(String base) {
        return base + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    public UserSummary internal(String base) {
        return accounts.create(unique(base), "Test " + base, null, PASSWORD, false);
    }

    public UserSummary admin(String base) {
        return accounts.create(unique(base), "Test admin " + base, null, PASSWORD, true);
    }

    /** Acts as this person with a signed-in session (not a token). */
    public RequestPostProcessor as(UserSummary user) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user.username()));
    }

    public RequestPostProcessor asAdmin() {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername("admin"));
    }
}
