package io.linchpin.server.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.projects.StatusView;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.projects.WorkflowService;

/** The Board, Health and Baselines tabs and the "Why this date?" section, as the server renders them. */
@LinchpinIntegrationTest
class InsightPagesTest extends TeamTest {

    @Autowired
    WorkflowService workflows;
    @Autowired
    TaskService taskService;

    String base;
    long summary;
    long build;
    long test;

    /** A summary "Phase" over Build (5 days) → Test (1 day). */
    @BeforeEach
    void plan() {
        base = "/projects/" + team.project.id();
        String tasks = team.projectPath() + "/tasks";
        summary = api.post(team.member, tasks, Map.of("name", "Phase")).id();
        build = api.post(team.member, tasks, Map.of("name", "Build", "durationMinutes", 5 * 480, "parentId", summary)).id();
        test = api.post(team.member, tasks, Map.of("name", "Test", "durationMinutes", 480, "parentId", summary)).id();
        api.post(team.member, team.projectPath() + "/links", Map.of("predecessorId", build, "successorId", test));
    }

    @Test
    void theBoardShowsTasksInTheirStatusColumnsAndMovesThemAlongTheWorkflow() throws Exception {
        String board = page(team.member, base + "/board");
        assertThat(column(board, "To do")).contains("1.1 Build").contains("1.2 Test").doesNotContain("1 Phase")
                .contains("critical").contains("aria-label=\"Move 1.1 Build\"").contains("To In progress");
        assertThat(column(board, "Done")).contains("No tasks.");

        String moved = send(team.member, post(base + "/board/tasks/" + build + "/move")
                .param("toStatusId", String.valueOf(status("In progress"))).param("version", "0"));
        assertThat(moved).contains("1.1 Build moved to In progress.");
        assertThat(column(moved, "In progress")).contains("1.1 Build");
        assertThat(column(moved, "To do")).doesNotContain("1.1 Build").contains("1.2 Test");

        String refused = send(team.member, post(base + "/board/tasks/" + test + "/move")
                .param("toStatusId", String.valueOf(status("Done"))).param("version", "0"));
        assertThat(refused).contains("Not moved: the workflow has no move from To do to Done; from To do a task may go to "
                + "In progress.");
        assertThat(column(refused, "To do")).contains("1.2 Test");
        assertThat(taskService.get(team.project.id(), test, team.member).status().name()).isEqualTo("To do");

        String stale = send(team.member, post(base + "/board/tasks/" + build + "/move")
                .param("toStatusId", String.valueOf(status("In review"))).param("version", "0"));
        assertThat(stale).contains("Someone else changed this task meanwhile");
        assertThat(taskService.get(team.project.id(), build, team.member).status().name()).isEqualTo("In progress");
    }

    @Test
    void aTaskThatShouldHaveFinishedByTheStatusDateIsLateOnTheBoard() throws Exception {
        assertThat(column(page(team.viewer, base + "/board"), "To do")).doesNotContain("badge text-bg-warning\">late");
        var settings = api.get(team.viewer, team.projectPath() + "/schedule-settings").json();
        api.put(team.manager, team.projectPath() + "/schedule-settings", Map.of("rules", "MSPROJECT",
                "calendarId", settings.get("calendarId").asLong(), "statusDate", "2027-01-08",
                "version", settings.get("version").asLong()));
        String board = page(team.viewer, base + "/board");
        String buildCard = board.substring(board.indexOf("data-label=\"1.1 Build\""), board.indexOf("data-label=\"1.2 Test\""));
        assertThat(buildCard).contains(">late<");
        assertThat(board.substring(board.indexOf("data-label=\"1.2 Test\""))).doesNotContain(">late<");
        assertThat(board).doesNotContain("aria-label=\"Move 1.1 Build\"");
    }

    @Test
    void theHealthTabListsTheFourteenChecksWithLinksToTheOffendingTasks() throws Exception {
        String health = page(team.viewer, base + "/health");
        for (int n = 1; n <= 14; n++) {
            assertThat(health).contains("id=\"check-" + n + "\"");
        }
        String logic = health.substring(health.indexOf("id=\"check-1\""), health.indexOf("id=\"check-2\""));
        assertThat(logic).contains(">fail<").contains("href=\"" + base + "/tasks/" + build + "\"");
        assertThat(health).contains("No change has moved a milestone yet.");
    }

    @Test
    void baselinesAreSavedFromTheTabAndTheirVarianceIsShown() throws Exception {
        assertThat(page(team.viewer, base + "/baselines")).contains("No baseline saved yet.").doesNotContain("save-baseline");
        String saved = send(team.manager, post(base + "/baselines").param("name", "Agreed").param("number", ""));
        assertThat(saved).contains("Baseline 0 saved.").contains("Variance from baseline 0 (Agreed)");
        api.patch(team.member, team.projectPath() + "/tasks/" + build, Map.of("durationMinutes", 7 * 480, "version", 0));
        String page = page(team.viewer, base + "/baselines");
        String row = page.substring(page.indexOf(">1.1 Build<"));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("2027-01-08 17:00").contains("2027-01-12 17:00")
                .contains(">2.0<");

        String blind = send(team.manager, post(base + "/baselines").param("name", "Again").param("number", "0"));
        assertThat(blind).contains("Baseline 0 (Agreed) exists at version 0; send that version to save over it.");
        String bad = send(team.manager, post(base + "/baselines").param("name", "Odd").param("number", "12"));
        assertThat(bad).contains("number: must be less than or equal to 10");
    }

    @Test
    void theTaskPageLoadsWhyThisDateAndTheTasksBaselines() throws Exception {
        assertThat(page(team.viewer, base + "/tasks/" + test)).contains("Why this date?")
                .contains("hx-get=\"" + base + "/tasks/" + test + "/why\"");
        api.post(team.manager, team.projectPath() + "/baselines", Map.of("name", "Agreed"));
        String why = page(team.viewer, base + "/tasks/" + test + "/why");
        assertThat(why).contains("Starts 2027-01-11 08:00 because:")
                .contains("FS link from 1.1 Build: its finish 2027-01-08 17:00 lets it start no earlier than 2027-01-08 17:00")
                .contains("(days off: 2027-01-09, 2027-01-10)")
                .contains("0 Agreed").contains("2027-01-11 17:00").contains(">1d<");
    }

    private long status(String name) {
        return workflows.workflow(team.project.id(), team.owner).statuses().stream().filter(s -> s.name().equals(name))
                .mapToLong(StatusView::id).findFirst().orElseThrow();
    }

    /** The HTML of one column of the board, from its heading to the next column. */
    private String column(String board, String name) {
        String id = "id=\"column-" + status(name) + "\"";
        int from = board.indexOf(id);
        assertThat(from).as("column %s", name).isNotNegative();
        int to = board.indexOf("id=\"column-", from + id.length());
        return board.substring(from, to < 0 ? board.length() : to);
    }

    private String page(LinchpinUser who, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(who))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private String send(LinchpinUser who, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(user(who)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
