package io.linchpin.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;

/** The lists of the schedule: critical, late, due within 14 days, by department and by assignee. */
@LinchpinIntegrationTest
class ScheduleListsTest extends TeamTest {

    String tasks;
    long design;
    long build;
    long spare;
    long later;

    @BeforeEach
    void setUp() {
        tasks = team.projectPath() + "/tasks";
        design = api.post(team.member, tasks, Map.of("name", "Design", "durationMinutes", 3 * 480)).id();
        build = api.post(team.member, tasks, Map.of("name", "Build", "durationMinutes", 5 * 480,
                "assigneeIds", List.of(team.member.id()))).id();
        spare = api.post(team.member, tasks, Map.of("name", "Spare", "durationMinutes", 480)).id();
        later = api.post(team.member, tasks, Map.of("name", "Later", "durationMinutes", 480)).id();
        api.post(team.member, team.projectPath() + "/links", Map.of("predecessorId", design, "successorId", build));
        api.patch(team.member, tasks + "/" + later, Map.of("constraintType", "SNET",
                "constraintDate", "2027-03-01T08:00:00", "version", 0));
    }

    @Test
    void criticalListsTheTasksWithoutFloat() {
        assertThat(list("critical")).containsExactly(later);
    }

    @Test
    void lateAndDueAreJudgedAtTheStatusDate() {
        long calendar = api.get(team.viewer, team.projectPath() + "/schedule-settings").json().get("calendarId").asLong();
        api.put(team.manager, team.projectPath() + "/schedule-settings", Map.of("rules", "MSPROJECT",
                "calendarId", calendar, "statusDate", "2027-01-06", "version", 0));
        // At the end of 6 January: Design (4-6 Jan) should have finished, Spare (4 Jan) too, Build should have
        // started on 7 January — not yet late.
        assertThat(list("late")).containsExactlyInAnyOrder(design, spare);
        api.patch(team.member, tasks + "/" + design, Map.of("actualStart", "2027-01-04T08:00:00",
                "actualFinish", "2027-01-06T17:00:00", "version", 0));
        assertThat(list("late")).containsExactly(spare);
        assertThat(list("due14")).containsExactly(build);
    }

    @Test
    void departmentAndAssigneeFiltersTakeTheirId() {
        assertThat(list("assignee:" + team.member.id())).containsExactly(build);
        Answer bad = api.get(team.viewer, tasks + "?filter=overdue");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("filter");
    }

    private List<Long> list(String filter) {
        Answer answer = api.get(team.viewer, tasks + "?filter=" + filter);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("items").valueStream().map(t -> t.get("id").asLong()).toList();
    }
}
