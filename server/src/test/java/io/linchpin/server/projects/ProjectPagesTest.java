package io.linchpin.server.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.identity.LinchpinUser;

/** The server-rendered pages: what each person sees, text escaped, edits in place and their conflicts. */
@LinchpinIntegrationTest
class ProjectPagesTest extends TeamTest {

    static final String SCRIPT = BadInputTest.SCRIPT;

    @Autowired
    TaskService tasks;
    @Autowired
    CommentService comments;
    @Autowired
    WorkflowService workflows;
    @Autowired
    ProjectService projects;

    String base;

    @BeforeEach
    void setUp() {
        base = "/projects/" + team.project.id();
    }

    @Test
    void everyTextPeopleTypedIsRenderedEscapedOnEveryPage() throws Exception {
        long scripted = projects.create(team.member, new ProjectDraft(team.code("S"), SCRIPT, SCRIPT, null, "UTC", "EUR",
                null, null, null)).id();
        TaskView task = tasks.create(scripted, team.member, new TaskDraft(SCRIPT, null, null, null, null, null, null, null,
                null, List.of(SCRIPT), SCRIPT, null));
        comments.add(scripted, task.id(), team.member, SCRIPT);
        workflows.transition(scripted, task.id(), team.member, 0, new TransitionRequest(null, "In progress", SCRIPT, null));
        String p = "/projects/" + scripted;
        for (String page : List.of("/", p, p + "/tasks", p + "/tasks/" + task.id(), p + "/members", p + "/activity")) {
            String html = page(team.member, page, 200);
            assertThat(html).as(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        }
    }

    @Test
    void aCellEditorSavesAndAStaleOneShowsWhatIsSavedNow() throws Exception {
        TaskView task = tasks.create(team.project.id(), team.member, TaskDraft.named("Cable plan"));
        String editor = page(team.member, base + "/tasks/" + task.id() + "/row?edit=name", 200);
        assertThat(editor).contains("name=\"value\"").contains("value=\"Cable plan\"").contains("autofocus");

        String saved = send(team.member, post(base + "/tasks/" + task.id() + "/row").param("field", "name")
                .param("value", "Cabling plan").param("version", "0"));
        assertThat(saved).contains("Cabling plan").doesNotContain("cell-editor");

        String stale = send(team.member, post(base + "/tasks/" + task.id() + "/row").param("field", "name")
                .param("value", "Fibre plan").param("version", "0"));
        assertThat(stale).contains("Someone else changed this task meanwhile; it now reads “Cabling plan”")
                .contains("value=\"Fibre plan\"").contains("name=\"version\" value=\"1\"");

        String invalid = send(team.member, post(base + "/tasks/" + task.id() + "/row").param("field", "duration")
                .param("value", "soon").param("version", "1"));
        assertThat(invalid).contains("cannot read &#39;soon&#39; as a duration").contains("aria-invalid=\"true\"");
        assertThat(tasks.get(team.project.id(), task.id(), team.member).name()).isEqualTo("Cabling plan");
    }

    @Test
    void viewersReadButCannotEditAndOutsidersDoNotSeeTheProject() throws Exception {
        TaskView task = tasks.create(team.project.id(), team.member, TaskDraft.named("Survey"));
        String table = page(team.viewer, base + "/tasks", 200);
        assertThat(table).contains("Survey").doesNotContain("class=\"cell\"").doesNotContain("id=\"add-task\"");
        mvc.perform(post(base + "/tasks/" + task.id() + "/row").param("field", "name").param("value", "Mine")
                .param("version", "0").with(user(team.viewer)).with(csrf()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
        assertThat(tasks.get(team.project.id(), task.id(), team.viewer).name()).isEqualTo("Survey");

        assertThat(page(team.outsider, base, 404)).contains("Not found");
        assertThat(page(team.outsider, "/projects/" + team.otherProject.id() + "/tasks/" + task.id(), 404))
                .contains("Not found");
        assertThat(page(team.outsider, "/", 200)).doesNotContain(team.project.code()).contains(team.otherProject.code());
    }

    @Test
    void theWbsMovesAndReportsWhatCannotBeDone() throws Exception {
        TaskView first = tasks.create(team.project.id(), team.member, TaskDraft.named("First"));
        TaskView second = tasks.create(team.project.id(), team.member, TaskDraft.named("Second"));
        String indented = send(team.member, post(base + "/tasks/" + second.id() + "/indent"));
        assertThat(indented).contains(">1.1<").contains("aria-label=\"Indent 1.1 Second\"");
        MvcResult refused = mvc.perform(post(base + "/tasks/" + first.id() + "/up").with(user(team.member)).with(csrf()))
                .andReturn();
        assertThat(refused.getResponse().getHeader("HX-Retarget")).isEqualTo("#wbs-message");
        assertThat(refused.getResponse().getContentAsString()).contains("this task is first under its parent already");
    }

    private String page(LinchpinUser who, String path, int status) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(who))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(status);
        return result.getResponse().getContentAsString();
    }

    private String send(LinchpinUser who, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(user(who)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
