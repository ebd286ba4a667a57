package io.linchpin.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TestUsers;

@LinchpinIntegrationTest
class AuditLogTest {

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aChangeIsRecordedWithItsActorAndBothStatesAsJson() {
        UserSummary actor = new TestUsers(accounts, userDetails).internal("auditor");
        signIn(actor.username());
        long project = uniqueProject();
        Instant start = Instant.now();

        inTransaction(() -> audit.record(project, "Task", 7, "UPDATED",
                new TaskState("Pour foundations", 5, List.of("civil")),
                new TaskState("Pour foundations", 8, List.of("civil", "critical"))));

        AuditEntry entry = audit.page(project, AuditFilter.everything(), PageRequest.of(0, 10)).getContent().get(0);
        assertThat(entry.actorId()).isEqualTo(actor.id());
        assertThat(entry.actorName()).isEqualTo(actor.username());
        assertThat(entry.projectId()).isEqualTo(project);
        assertThat(entry.occurredAt()).isBetween(start.minusSeconds(1), Instant.now().plusSeconds(1));
        assertThat(entry.before().get("days").asInt()).isEqualTo(5);
        assertThat(entry.after().get("days").asInt()).isEqualTo(8);
        assertThat(entry.after().get("tags").get(1).asString()).isEqualTo("critical");
    }

    @Test
    void withoutASignedInPersonTheActorIsTheSystem() {
        long project = uniqueProject();
        inTransaction(() -> audit.record(project, "Project", project, "CREATED", null, Map.of("code", "DC-1")));

        AuditEntry entry = audit.page(project, AuditFilter.everything(), PageRequest.of(0, 10)).getContent().get(0);
        assertThat(entry.actorId()).isNull();
        assertThat(entry.actorName()).isEqualTo("system");
        assertThat(entry.before()).isNull();
        assertThat(entry.after().get("code").asString()).isEqualTo("DC-1");
    }

    @Test
    void recordingOutsideTheWritingTransactionIsRefused() {
        assertThatThrownBy(() -> audit.record(1L, "Task", 1, "UPDATED", null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aRolledBackChangeLeavesNoRecord() {
        long project = uniqueProject();
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.executeWithoutResult(status -> {
            audit.record(project, "Task", 1, "DELETED", Map.of("name", "gone"), null);
            status.setRollbackOnly();
        });
        assertThat(audit.page(project, AuditFilter.everything(), PageRequest.of(0, 10)).getTotalElements()).isZero();
    }

    @Test
    void aProjectsLogHoldsOnlyItsOwnEntriesNewestFirstAndFilters() {
        long project = uniqueProject();
        long otherProject = uniqueProject();
        inTransaction(() -> {
            for (int task = 1; task <= 5; task++) {
                audit.record(project, "Task", task, "CREATED", null, Map.of("n", task));
            }
            audit.record(project, "Comment", 9, "CREATED", null, Map.of("text", "hello"));
            audit.record(otherProject, "Task", 1, "CREATED", null, Map.of("n", 1));
        });

        Page<AuditEntry> first = audit.page(project, AuditFilter.everything(), PageRequest.of(0, 4));
        assertThat(first.getTotalElements()).isEqualTo(6);
        assertThat(first.getTotalPages()).isEqualTo(2);
        assertThat(first.getContent()).extracting(AuditEntry::entityType, AuditEntry::entityId).containsExactly(
                tuple("Comment", 9L), tuple("Task", 5L),
                tuple("Task", 4L), tuple("Task", 3L));
        assertThat(audit.page(project, AuditFilter.everything(), PageRequest.of(1, 4)).getContent())
                .extracting(AuditEntry::entityId).containsExactly(2L, 1L);

        AuditFilter tasks = new AuditFilter("Task", null, null, "CREATED", null, null);
        assertThat(audit.page(project, tasks, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(5);
        assertThat(audit.page(project, new AuditFilter("Task", 3L, null, null, null, null), PageRequest.of(0, 10))
                .getContent()).singleElement().extracting(e -> e.after().get("n").asInt()).isEqualTo(3);
        assertThat(audit.page(project, new AuditFilter(null, null, null, null, Instant.now().plusSeconds(60), null),
                PageRequest.of(0, 10)).getTotalElements()).isZero();
        assertThat(audit.page(project, new AuditFilter(null, null, null, null, null, Instant.now().plusSeconds(60)),
                PageRequest.of(0, 10)).getTotalElements()).isEqualTo(6);
        assertThat(audit.page(new AuditFilter("Task", null, null, null, null, null), PageRequest.of(0, 500)).getContent())
                .extracting(AuditEntry::projectId).contains(project, otherProject);
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Project ids that no other test (nor the projects capability's tests) uses. */
    private static long uniqueProject() {
        return 9_000_000_000L + (System.nanoTime() & 0xFFFFFFFL);
    }

    record TaskState(String name, int days, List<String> tags) {
    }
}
