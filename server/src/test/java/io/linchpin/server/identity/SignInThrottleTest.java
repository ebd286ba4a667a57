package io.linchpin.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TestUsers;
import jakarta.servlet.http.Cookie;

@LinchpinIntegrationTest
class SignInThrottleTest {

    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService userDetails;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(accounts, userDetails);
    }

    @Test
    void fiveWrongPasswordsPauseTheUsernameEvenForTheRightPasswordThenItUnlocks() throws Exception {
        UserSummary victim = users.internal("victim");
        RequestPostProcessor address = from("127.0.1.1");
        for (int i = 0; i < 4; i++) {
            mvc.perform(signIn(victim.username(), "guess-" + i, address))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(victim.username(), "guess-5", address))
                .andExpect(redirectedUrl("/login?error"));

        Cookie session = mvc.perform(signIn(victim.username(), TestUsers.PASSWORD, from("127.0.1.2")))
                .andExpect(redirectedUrl("/login?paused"))
                .andExpect(unauthenticated())
                .andReturn().getResponse().getCookie("SESSION");
        String page = mvc.perform(get("/login").param("paused", "").cookie(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Too many failed sign-ins for this username or from this address. Try again in 15 minutes.");

        // The lockout period passes (every instance reads the same row).
        jdbc.sql("UPDATE sign_in_failures SET locked_until = CURRENT_TIMESTAMP - INTERVAL '1' SECOND WHERE subject = :s")
                .param("s", victim.username().toLowerCase()).update();
        mvc.perform(signIn(victim.username(), TestUsers.PASSWORD, from("127.0.1.2")))
                .andExpect(authenticated().withUsername(victim.username()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_failures WHERE scope = 'USERNAME' AND subject = :s")
                .param("s", victim.username().toLowerCase()).query(Long.class).single()).isZero();
    }

    @Test
    void oneAddressGuessingManyUsernamesIsPausedForAllOfThem() throws Exception {
        UserSummary bystander = users.internal("bystander");
        RequestPostProcessor attacker = from("127.0.2.1");
        for (int i = 0; i < 50; i++) {
            mvc.perform(signIn(TestUsers.unique("nobody"), "x", attacker));
        }
        mvc.perform(signIn(bystander.username(), TestUsers.PASSWORD, attacker))
                .andExpect(redirectedUrl("/login?paused"));
        mvc.perform(signIn(bystander.username(), TestUsers.PASSWORD, from("127.0.2.2")))
                .andExpect(authenticated());
    }

    @Test
    void countsExpireAfterTheLockoutPeriodAndALockRunsOut() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T09:00:00Z"));
        SignInThrottle throttle = new SignInThrottle(jdbc, transactions, new SignInSettings(3, 100, LOCKOUT), clock);
        String username = TestUsers.unique("clocked");
        String address = "127.0.3." + (System.nanoTime() % 200);

        throttle.recordFailure(username, address);
        throttle.recordFailure(username, address);
        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure(username, address);
        assertThat(throttle.lockedUntil(username, address)).as("the first two failures are too old to count").isEmpty();

        throttle.recordFailure(username, address);
        clock.advance(Duration.ofMinutes(1));
        throttle.recordFailure(username, address);
        Instant lockedAt = clock.instant();
        assertThat(throttle.lockedUntil(username, address)).contains(lockedAt.plus(LOCKOUT));
        assertThat(throttle.lockedUntil(username.toUpperCase(), null)).as("usernames count in any case").isPresent();

        clock.advance(LOCKOUT.minusSeconds(1));
        assertThat(throttle.lockedUntil(username, address)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedUntil(username, address)).isEmpty();

        throttle.recordFailure(username, address);
        assertThat(throttle.lockedUntil(username, address)).as("after a lock ran out, counting starts again").isEmpty();

        clock.advance(LOCKOUT.plusSeconds(1));
        throttle.recordFailure(TestUsers.unique("another"), null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_failures WHERE subject IN (:subjects)")
                .param("subjects", List.of(username.toLowerCase(), address)).query(Long.class).single())
                .as("counts that can no longer lock anything are forgotten").isZero();
    }

    @Test
    void aRightPasswordClearsTheUsernameButNotTheAddress() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T09:00:00Z"));
        SignInThrottle throttle = new SignInThrottle(jdbc, transactions, new SignInSettings(2, 2, LOCKOUT), clock);
        String username = TestUsers.unique("forgetful");
        String address = "127.0.4." + (System.nanoTime() % 200);

        throttle.recordFailure(username, address);
        throttle.recordSuccess(username);
        throttle.recordFailure(username, null);
        assertThat(throttle.lockedUntil(username, null)).isEmpty();

        throttle.recordFailure(TestUsers.unique("someone"), address);
        assertThat(throttle.lockedUntil(TestUsers.unique("anyone"), address)).isPresent();
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, RequestPostProcessor address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(address);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
