package io.linchpin.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.linchpin.server.LinchpinIntegrationTest;

@LinchpinIntegrationTest
class DemoDataTest {

    @Autowired
    DemoData demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoIsARealisticProjectAndAnotherStartAddsNothing() {
        demo.build();
        long project = jdbc.sql("SELECT id FROM projects WHERE code = 'DCM'").query(Long.class).single();

        Map<String, Long> kinds = counts("SELECT kind, COUNT(*) FROM tasks WHERE project_id = :p GROUP BY kind", project);
        long total = kinds.values().stream().mapToLong(Long::longValue).sum();
        assertThat(total).isBetween(50L, 100L);
        assertThat(kinds.get("SUMMARY")).isGreaterThanOrEqualTo(8);
        assertThat(kinds.get("MILESTONE")).isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM tasks WHERE project_id = :p AND kind = 'MILESTONE' AND committed_finish IS NOT NULL""")
                .param("p", project).query(Long.class).single()).isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT department_id) FROM tasks WHERE project_id = :p")
                .param("p", project).query(Long.class).single()).isGreaterThanOrEqualTo(6);

        Map<String, Long> statuses = counts("""
                SELECT s.name, COUNT(*) FROM tasks t JOIN workflow_statuses s ON s.id = t.status_id
                WHERE t.project_id = :p GROUP BY s.name""", project);
        assertThat(statuses.get("Done")).isGreaterThanOrEqualTo(5);
        assertThat(statuses.get("In progress")).isGreaterThanOrEqualTo(5);
        assertThat(statuses).containsEntry("Blocked", 1L).containsEntry("In review", 1L);

        assertThat(jdbc.sql("SELECT wbs_key FROM tasks WHERE project_id = :p AND name = 'WAN circuits and carrier handover'")
                .param("p", project).query(String.class).single()).isEqualTo("000005000001000003");
        assertThat(count("SELECT COUNT(*) FROM task_links WHERE project_id = :p", project)).isEqualTo(28);
        assertThat(count("SELECT COUNT(*) FROM task_comments c JOIN tasks t ON t.id = c.task_id WHERE t.project_id = :p",
                project)).isEqualTo(7);
        assertThat(counts("SELECT role, COUNT(*) FROM project_members WHERE project_id = :p GROUP BY role", project))
                .containsExactlyInAnyOrderEntriesOf(Map.of("OWNER", 1L, "MANAGER", 1L, "MEMBER", 6L, "VIEWER", 1L));
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE project_id = :p AND actor_id IS NULL", project)).isZero();

        assertThat(count("SELECT COUNT(*) FROM tasks WHERE project_id = :p AND early_start IS NULL", project)).isZero();
        assertThat(count("SELECT COUNT(*) FROM tasks WHERE project_id = :p AND critical = TRUE", project))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM tasks WHERE project_id = :p AND actual_finish IS NOT NULL", project))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM tasks WHERE project_id = :p AND constraint_type = 'SNET'", project))
                .isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM calendar_exceptions e JOIN calendars c ON c.id = e.calendar_id "
                + "WHERE c.project_id = :p", project)).isEqualTo(6);
        // The servers ship late, so the hardware milestone misses its committed date: the demo has one at risk.
        assertThat(jdbc.sql("SELECT finish_at FROM tasks WHERE project_id = :p AND name = 'Hardware delivered to site'")
                .param("p", project).query(java.time.LocalDateTime.class).single().toLocalDate())
                .isAfter(java.time.LocalDate.of(2027, 3, 19));
        assertThat(jdbc.sql("SELECT start_at FROM tasks WHERE project_id = :p AND name = 'Kick-off meeting'")
                .param("p", project).query(java.time.LocalDateTime.class).single())
                .isEqualTo(java.time.LocalDateTime.of(2027, 1, 11, 8, 0));
        long projects = jdbc.sql("SELECT COUNT(*) FROM projects").query(Long.class).single();
        long tasks = jdbc.sql("SELECT COUNT(*) FROM tasks").query(Long.class).single();
        demo.run(new DefaultApplicationArguments("--demo"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM projects").query(Long.class).single()).isEqualTo(projects);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tasks").query(Long.class).single()).isEqualTo(tasks);
    }

    private long count(String sql, long project) {
        return jdbc.sql(sql).param("p", project).query(Long.class).single();
    }

    private Map<String, Long> counts(String sql, long project) {
        List<Map.Entry<String, Long>> rows = jdbc.sql(sql).param("p", project)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
        return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum));
    }
}
