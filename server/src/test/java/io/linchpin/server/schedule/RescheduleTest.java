package io.linchpin.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.Scheduler;
import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import tools.jackson.databind.JsonNode;

@LinchpinIntegrationTest
@RecordApplicationEvents
class RescheduleTest extends TeamTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2027, 1, 4, 0, 0);

    @Autowired
    Rescheduler rescheduler;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ScheduleBackfill backfill;

    String tasks;
    String links;

    @BeforeEach
    void paths() {
        tasks = team.projectPath() + "/tasks";
        links = team.projectPath() + "/links";
    }

    @Test
    void datesAfterCreateLinkAndDurationEditAreTheEnginesOwn() {
        long design = task("Design", 3 * 480);
        long build = task("Build", 5 * 480);
        long test = task("Test", 2 * 480);
        long done = milestone("Done");
        link(design, build);
        link(build, test);
        link(test, done);

        JsonNode b = api.get(team.viewer, tasks + "/" + build).json().get("schedule");
        assertThat(b.get("start").asString()).isEqualTo("2027-01-07T08:00:00");
        assertThat(b.get("finish").asString()).isEqualTo("2027-01-13T17:00:00");
        assertThat(b.get("critical").asBoolean()).isTrue();
        assertThat(b.get("drivenBy").asString()).isEqualTo("FS " + design);
        assertMatchesEngine(Map.of(design, 3 * 480, build, 5 * 480, test, 2 * 480), design, build, test, done);

        Answer edited = api.patch(team.member, tasks + "/" + build, Map.of("durationMinutes", 7 * 480,
                "version", api.get(team.member, tasks + "/" + build).version()));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("schedule").get("finish").asString()).isEqualTo("2027-01-15T17:00:00");
        assertThat(api.get(team.viewer, tasks + "/" + done).json().get("schedule").get("finish").asString())
                .isEqualTo("2027-01-19T17:00:00");
        assertMatchesEngine(Map.of(design, 3 * 480, build, 7 * 480, test, 2 * 480), design, build, test, done);
    }

    @Test
    void aDurationEditReRunsTheCachedNetworkAndWritesOnlyTheTasksItMoved() {
        long[][] chains = new long[4][3];
        for (int c = 0; c < chains.length; c++) {
            for (int i = 0; i < 3; i++) {
                chains[c][i] = task("Chain " + c + " step " + i, 480);
                if (i > 0) {
                    link(chains[c][i - 1], chains[c][i]);
                }
            }
        }
        long edited = chains[1][1];
        Rescheduler.Outcome outcome = transactions.execute(tx -> {
            jdbc.sql("UPDATE tasks SET duration_minutes = 960 WHERE id = :id").param("id", edited).update();
            return rescheduler.reschedule(team.project.id(), edited, edited, "test");
        });
        assertThat(outcome.rerun()).isTrue();
        // The edited task and the one after it; the other chains keep their float (the project
        // finish moved, so their late dates and float change too).
        assertThat(outcome.written()).isEqualTo(2 + 3 * 3);
        assertThat(finish(chains[1][2])).isEqualTo("2027-01-07T17:00:00");

        Rescheduler.Outcome nothing = transactions.execute(tx -> rescheduler.reschedule(team.project.id(), null, null, "test"));
        assertThat(nothing.rerun()).isFalse();
        assertThat(nothing.written()).isZero();
    }

    /**
     * An edit that leaves the project finish where it was re-runs only what it reaches, and only
     * those tasks are read out and compared; a full reschedule right after finds nothing left to
     * write, so what the partial one stored is what a full read-out gives.
     */
    @Test
    void anEditThatKeepsTheFinishComparesOnlyTheTasksTheReRunReached() {
        long[][] chains = new long[4][3];
        for (int c = 0; c < chains.length; c++) {
            for (int i = 0; i < 3; i++) {
                chains[c][i] = task("Chain " + c + " step " + i, c == 0 ? 3 * 480 : 480);
                if (i > 0) {
                    link(chains[c][i - 1], chains[c][i]);
                }
            }
        }
        long edited = chains[2][1];
        Rescheduler.Outcome outcome = transactions.execute(tx -> {
            jdbc.sql("UPDATE tasks SET duration_minutes = 960 WHERE id = :id").param("id", edited).update();
            return rescheduler.reschedule(team.project.id(), edited, edited, "test");
        });
        assertThat(outcome.rerun()).isTrue();
        // Chain 2 loses a day of float on every task, and its last two tasks move; nothing else changes.
        assertThat(outcome.written()).isEqualTo(3);
        assertThat(finish(chains[2][2])).isEqualTo("2027-01-07T17:00:00");
        assertThat(finish(chains[0][2])).isEqualTo("2027-01-14T17:00:00");

        Rescheduler.Outcome full = transactions.execute(tx -> rescheduler.reschedule(team.project.id(), null, null, "test"));
        assertThat(full.rerun()).isFalse();
        assertThat(full.written()).isZero();
    }

    @Test
    void summariesRollUpTheirSubTasks() {
        long phase = task("Phase", 0);
        long a = api.post(team.member, tasks, Map.of("name", "A", "durationMinutes", 480, "parentId", phase)).id();
        long b = api.post(team.member, tasks, Map.of("name", "B", "durationMinutes", 2 * 480, "parentId", phase)).id();
        link(a, b);
        JsonNode summary = api.get(team.viewer, tasks + "/" + phase).json().get("schedule");
        assertThat(summary.get("start").asString()).isEqualTo("2027-01-04T08:00:00");
        assertThat(summary.get("finish").asString()).isEqualTo("2027-01-06T17:00:00");
        assertThat(summary.get("drivenBy").asString()).isEqualTo("CHILDREN");
    }

    @Test
    void aLinkFromASummaryToItsOwnSubTaskIsRefusedNamingTheTasks() {
        long phase = task("Phase", 0);
        long a = api.post(team.member, tasks, Map.of("name", "Inside", "durationMinutes", 480, "parentId", phase)).id();
        Answer refused = api.post(team.member, links, Map.of("predecessorId", phase, "successorId", a));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .startsWith("the links form a cycle: ").contains("1.1 Inside");
        assertThat(api.get(team.viewer, links).json()).isEmpty();
    }

    @Test
    void aMilestonePushedLaterPublishesMilestoneSlippedNamingTheCause() {
        long build = task("Build", 480);
        long done = milestone("Done");
        link(build, done);
        events.clear();
        api.patch(team.member, tasks + "/" + build, Map.of("durationMinutes", 3 * 480,
                "version", api.get(team.member, tasks + "/" + build).version()));
        List<MilestoneSlipped> slipped = events.stream(MilestoneSlipped.class).toList();
        assertThat(slipped).containsExactly(new MilestoneSlipped(team.project.id(), done,
                LocalDateTime.of(2027, 1, 4, 17, 0), LocalDateTime.of(2027, 1, 6, 17, 0), build,
                "durationMinutes of 1 Build"));
    }

    @Test
    void projectsThatWereNeverScheduledAreScheduledAtStartUp() {
        long task = task("Older work", 2 * 480);
        jdbc.sql("UPDATE tasks SET early_start = NULL, start_at = NULL, finish_at = NULL WHERE id = :id").param("id", task)
                .update();
        jdbc.sql("UPDATE projects SET schedule_version = 0 WHERE id = :id").param("id", team.project.id()).update();
        backfill.scheduleTheUnscheduled();
        assertThat(finish(task)).isEqualTo("2027-01-05T17:00:00");
        assertThat(jdbc.sql("SELECT schedule_version FROM projects WHERE id = :id").param("id", team.project.id())
                .query(Long.class).single()).isPositive();
    }

    private void assertMatchesEngine(Map<Long, Integer> durations, long... chain) {
        Plan.Builder plan = Plan.builder(MONDAY);
        for (int i = 0; i < chain.length; i++) {
            Task.Builder task = Task.builder(String.valueOf(chain[i]));
            if (durations.containsKey(chain[i])) {
                task.duration(durations.get(chain[i]));
            } else {
                task.milestone(true);
            }
            if (i > 0) {
                task.predecessor(Link.fs(String.valueOf(chain[i - 1])));
            }
            plan.addTask(task.build());
        }
        Schedule expected = Scheduler.schedule(plan.build());
        for (long id : chain) {
            JsonNode s = api.get(team.viewer, tasks + "/" + id).json().get("schedule");
            var t = expected.task(String.valueOf(id));
            assertThat(s.get("earlyStart").asString()).as("ES of %d", id).isEqualTo(t.earlyStart().toString() + ":00");
            assertThat(s.get("earlyFinish").asString()).as("EF of %d", id).isEqualTo(t.earlyFinish().toString() + ":00");
            assertThat(s.get("lateStart").asString()).as("LS of %d", id).isEqualTo(t.lateStart().toString() + ":00");
            assertThat(s.get("lateFinish").asString()).as("LF of %d", id).isEqualTo(t.lateFinish().toString() + ":00");
            assertThat(s.get("totalFloatMinutes").asLong()).as("TF of %d", id).isEqualTo(t.totalFloatMinutes());
            assertThat(s.get("critical").asBoolean()).as("critical %d", id).isEqualTo(t.critical());
        }
    }

    private String finish(long task) {
        return api.get(team.viewer, tasks + "/" + task).json().get("schedule").get("finish").asString();
    }

    private long task(String name, int minutes) {
        return api.post(team.member, tasks, Map.of("name", name, "durationMinutes", minutes)).id();
    }

    private long milestone(String name) {
        return api.post(team.member, tasks, Map.of("name", name, "kind", "MILESTONE")).id();
    }

    private void link(long from, long to) {
        assertThat(api.post(team.member, links, Map.of("predecessorId", from, "successorId", to)).status()).isEqualTo(201);
    }
}
