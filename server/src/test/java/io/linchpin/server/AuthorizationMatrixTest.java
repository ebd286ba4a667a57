package io.linchpin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

import io.linchpin.server.TestApi.Answer;
import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.projects.CommentService;
import io.linchpin.server.projects.MemberDraft;
import io.linchpin.server.projects.MemberService;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.TaskDraft;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.projects.TaskView;
import io.linchpin.server.projects.WorkflowService;
import io.linchpin.server.schedule.BaselineDraft;
import io.linchpin.server.schedule.BaselineService;
import io.linchpin.server.schedule.CalendarDraft;
import io.linchpin.server.schedule.CalendarService;
import io.linchpin.server.schedule.LinkDraft;
import io.linchpin.server.schedule.DependencyService;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of the API against everyone who may call it: anonymous, each project role, an
 * administrator, and the owner of another project — each must get exactly the expected status.
 * Every case runs on a project of its own, so a case that deletes or changes something cannot
 * affect the next. To cover a new endpoint, add a row to {@link #endpoints()}.
 */
@LinchpinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** Who calls: nobody signed in, a member of the project in each role, an administrator, an outsider. */
    enum Caller {
        ANONYMOUS, VIEWER, MEMBER, MANAGER, OWNER, ADMIN, OUTSIDER
    }

    /**
     * One endpoint: its path ({project}, {task}, {child}, {comment}, {viewer}, {link}, {calendar} are filled
     * from the case's project), the body it is sent, the lowest project role allowed (null: any
     * signed-in person, outside any project), the status on success, and exceptions to the rule.
     */
    record Endpoint(HttpMethod method, String path, Function<Case, Object> body, ProjectRole minimum, int success,
            Map<Caller, Integer> exceptions) {

        Endpoint(HttpMethod method, String path, Function<Case, Object> body, ProjectRole minimum, int success) {
            this(method, path, body, minimum, success, Map.of());
        }

        int expected(Caller caller) {
            if (exceptions.containsKey(caller)) {
                return exceptions.get(caller);
            }
            if (caller == Caller.ANONYMOUS) {
                return 401;
            }
            if (minimum == null) {
                return success;
            }
            return switch (caller) {
                case OUTSIDER -> 404;
                case ADMIN -> success;
                default -> ProjectRole.valueOf(caller.name()).atLeast(minimum) ? success : 403;
            };
        }

        /** Whether the path names a resource inside the project (a task, a comment, a member, a link). */
        boolean namesAResourceOfTheProject() {
            return path.matches(".*\\{(task|child|comment|viewer|link|calendar)}.*");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The project of one case and the things in it that paths name. */
    record Case(long project, long task, long child, long comment, long viewer, long link, long toDo, long inProgress,
            String code, String candidate, long calendar, long summary) {

        String path(String template) {
            return template.replace("{project}", Long.toString(project)).replace("{task}", Long.toString(task))
                    .replace("{child}", Long.toString(child)).replace("{comment}", Long.toString(comment))
                    .replace("{viewer}", Long.toString(viewer)).replace("{link}", Long.toString(link))
                    .replace("{calendar}", Long.toString(calendar)).replace("{baseline}", "0");
        }
    }

    static List<Endpoint> endpoints() {
        String p = "/api/v1/projects/{project}";
        String t = p + "/tasks/{task}";
        return List.of(
                new Endpoint(HttpMethod.GET, "/api/v1/projects", c -> null, null, 200),
                new Endpoint(HttpMethod.POST, "/api/v1/projects", c -> Map.of("code", c.code(), "name", "New",
                        "timeZone", "UTC", "currency", "EUR"), null, 201),
                new Endpoint(HttpMethod.GET, p, c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.PATCH, p, c -> Map.of("name", "Renamed", "version", 0), ProjectRole.MANAGER, 200),
                new Endpoint(HttpMethod.DELETE, p, c -> null, ProjectRole.OWNER, 204),

                new Endpoint(HttpMethod.GET, p + "/members", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.POST, p + "/members", c -> Map.of("username", c.candidate(), "role", "VIEWER"), ProjectRole.MANAGER, 201),
                new Endpoint(HttpMethod.PATCH, p + "/members/{viewer}", c -> Map.of("role", "MEMBER", "version", 0),
                        ProjectRole.MANAGER, 200),
                new Endpoint(HttpMethod.DELETE, p + "/members/{viewer}", c -> null, ProjectRole.MANAGER, 204),

                new Endpoint(HttpMethod.GET, p + "/tasks", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.POST, p + "/tasks", c -> Map.of("name", "New task"), ProjectRole.MEMBER, 201),
                new Endpoint(HttpMethod.POST, p + "/tasks/bulk", c -> Map.of("tasks", List.of(Map.of("name", "A"),
                        Map.of("name", "B", "parentIndex", 0))), ProjectRole.MANAGER, 201),
                new Endpoint(HttpMethod.GET, t, c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.PATCH, t, c -> Map.of("priority", 700, "version", 0), ProjectRole.MEMBER, 200),
                new Endpoint(HttpMethod.DELETE, t, c -> null, ProjectRole.MANAGER, 204),
                new Endpoint(HttpMethod.POST, t + "/move", c -> Map.of("position", 1), ProjectRole.MEMBER, 200),
                new Endpoint(HttpMethod.POST, t + "/indent", c -> Map.of(), ProjectRole.MEMBER, 200),
                new Endpoint(HttpMethod.POST, p + "/tasks/{child}/outdent", c -> Map.of(), ProjectRole.MEMBER, 200),

                new Endpoint(HttpMethod.GET, p + "/workflow", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.PUT, p + "/workflow", c -> Map.of("version", 0,
                        "statuses", List.of(Map.of("id", c.toDo(), "name", "Open", "category", "TO_DO"),
                                Map.of("name", "Closed", "category", "DONE")),
                        "transitions", List.of(Map.of("from", "Open", "to", "Closed", "minimumRole", "MEMBER"))),
                        ProjectRole.MANAGER, 200),
                new Endpoint(HttpMethod.GET, t + "/transitions", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.POST, t + "/transitions", c -> Map.of("toStatusId", c.inProgress(), "version", 0),
                        ProjectRole.MEMBER, 200),

                new Endpoint(HttpMethod.GET, t + "/comments", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.POST, t + "/comments", c -> Map.of("body", "Noted"), ProjectRole.MEMBER, 201),
                // Only the author (the member) edits a comment.
                new Endpoint(HttpMethod.PATCH, t + "/comments/{comment}", c -> Map.of("body", "Edited", "version", 0),
                        ProjectRole.MEMBER, 200, Map.of(Caller.MANAGER, 403, Caller.OWNER, 403, Caller.ADMIN, 403)),
                new Endpoint(HttpMethod.DELETE, t + "/comments/{comment}", c -> null, ProjectRole.MEMBER, 204),

                new Endpoint(HttpMethod.GET, p + "/audit", c -> null, ProjectRole.VIEWER, 200),

                new Endpoint(HttpMethod.GET, p + "/links", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.POST, p + "/links", c -> Map.of("predecessorId", c.summary(), "successorId",
                        c.task(), "type", "SS", "lagMinutes", 60), ProjectRole.MEMBER, 201),
                new Endpoint(HttpMethod.POST, p + "/links/bulk", c -> Map.of("links", List.of(Map.of("predecessorId",
                        c.summary(), "successorId", c.task()))), ProjectRole.MANAGER, 201),
                new Endpoint(HttpMethod.DELETE, p + "/links/{link}", c -> null, ProjectRole.MEMBER, 204),

                new Endpoint(HttpMethod.GET, p + "/gantt", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.GET, p + "/schedule-settings", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.PUT, p + "/schedule-settings", c -> Map.of("rules", "P6", "calendarId",
                        c.calendar(), "version", 0), ProjectRole.MANAGER, 200),
                new Endpoint(HttpMethod.GET, p + "/at-risk", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.GET, "/api/v1/at-risk", c -> null, null, 200),
                new Endpoint(HttpMethod.GET, p + "/calendars", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.POST, p + "/calendars", c -> Map.of("name", "Nights",
                        "week", Map.of("MONDAY", List.of("22:00-24:00"))), ProjectRole.MANAGER, 201),
                new Endpoint(HttpMethod.GET, p + "/calendars/{calendar}", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.PUT, p + "/calendars/{calendar}", c -> Map.of("name", "Renamed",
                        "week", Map.of("TUESDAY", List.of("08:00-16:00")), "version", 0), ProjectRole.MANAGER, 200),
                new Endpoint(HttpMethod.DELETE, p + "/calendars/{calendar}", c -> null, ProjectRole.MANAGER, 204),

                // Imports are multipart uploads: their matrix is in transfer.TransferApiTest.
                new Endpoint(HttpMethod.GET, p + "/export?format=csv", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.POST, p + "/feeds", c -> Map.of(), ProjectRole.VIEWER, 201),
                new Endpoint(HttpMethod.POST, "/api/v1/feeds", c -> Map.of(), null, 201),
                new Endpoint(HttpMethod.GET, "/api/v1/feeds", c -> null, null, 200),

                // {baseline} is 0: every case has baseline 0.
                new Endpoint(HttpMethod.GET, p + "/baselines", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.POST, p + "/baselines", c -> Map.of("name", "Second"), ProjectRole.MANAGER, 201),
                new Endpoint(HttpMethod.GET, p + "/baselines/{baseline}", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.DELETE, p + "/baselines/{baseline}", c -> null, ProjectRole.MANAGER, 204),
                new Endpoint(HttpMethod.POST, p + "/baselines/{baseline}/activate", c -> Map.of(), ProjectRole.MANAGER, 200),
                new Endpoint(HttpMethod.GET, p + "/baselines/{baseline}/variance", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.GET, t + "/baselines", c -> null, ProjectRole.VIEWER, 200),

                new Endpoint(HttpMethod.GET, t + "/why", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.GET, p + "/health", c -> null, ProjectRole.VIEWER, 200),
                new Endpoint(HttpMethod.GET, p + "/changes/latest", c -> null, ProjectRole.VIEWER, 200));
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    ProjectService projects;
    @Autowired
    MemberService members;
    @Autowired
    TaskService tasks;
    @Autowired
    CommentService comments;
    @Autowired
    WorkflowService workflows;
    @Autowired
    DependencyService dependencies;
    @Autowired
    CalendarService calendars;
    @Autowired
    BaselineService baselines;

    TestApi api;
    TestTeam team;
    String candidate;
    final AtomicInteger cases = new AtomicInteger();

    @BeforeAll
    void createTheTeam() {
        api = new TestApi(mvc, json);
        team = new TestTeam(context);
        candidate = team.person("candidate", false).getUsername();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerExactlyAsExpected() {
        return endpoints().stream().flatMap(endpoint -> Stream.of(Caller.values()).map(caller -> DynamicTest.dynamicTest(
                endpoint + " as " + caller, () -> {
                    Case c = newCase();
                    Answer answer = call(endpoint, c, c.path(endpoint.path()), caller);
                    assertThat(answer.status()).as("%s as %s: %s", endpoint, caller, answer.body())
                            .isEqualTo(endpoint.expected(caller));
                    if (answer.status() >= 400) {
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                    }
                })));
    }

    @TestFactory
    Stream<DynamicTest> anotherProjectsResourcesAnswer404EvenThroughTheCallersOwnProject() {
        return endpoints().stream().filter(Endpoint::namesAResourceOfTheProject)
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
                    Case c = newCase();
                    String path = c.path(endpoint.path()).replace("/projects/" + c.project() + "/",
                            "/projects/" + team.otherProject.id() + "/");
                    Answer answer = call(endpoint, c, path, Caller.OUTSIDER);
                    assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(404);
                }));
    }

    @Test
    void nothingOfAnotherProjectShowsInAnyListOrSearch() {
        Case c = newCase();
        String secret = "Secret " + team.tag;
        tasks.create(c.project(), team.owner, TaskDraft.named(secret));
        LinchpinUser stranger = team.person("stranger", false);
        long own = projects.create(stranger, team.draft("S")).id();

        assertThat(ids(api.get(stranger, "/api/v1/projects?size=500"))).containsExactly(own);
        assertThat(ids(api.get(stranger, "/api/v1/projects?q=" + team.tag))).containsExactly(own);
        assertThat(api.get(stranger, "/api/v1/projects/" + own + "/tasks?q=" + team.tag).json()
                .get("totalItems").asLong()).isZero();
        assertThat(api.get(stranger, "/api/v1/projects/" + own + "/audit?size=500").body()).doesNotContain(secret);
        assertThat(api.get(stranger, "/api/v1/projects/" + own + "/members").body())
                .doesNotContain(team.member.getUsername());
        assertThat(api.get(stranger, "/api/v1/projects/" + own + "/links").json()).isEmpty();
        assertThat(ids(api.get(team.member, "/api/v1/projects?size=500"))).contains(c.project()).doesNotContain(own);
    }

    private Answer call(Endpoint endpoint, Case c, String path, Caller caller) {
        return api.call(who(caller), endpoint.method(), path, endpoint.body().apply(c), null);
    }

    private LinchpinUser who(Caller caller) {
        return switch (caller) {
            case ANONYMOUS -> null;
            case VIEWER -> team.viewer;
            case MEMBER -> team.member;
            case MANAGER -> team.manager;
            case OWNER -> team.owner;
            case ADMIN -> team.admin;
            case OUTSIDER -> team.outsider;
        };
    }

    /**
     * A fresh project: the team in its roles, a task with a comment by the member, a summary above a
     * child task (so there is something to indent and outdent), and a link between them.
     */
    private Case newCase() {
        String code = team.code("C" + cases.incrementAndGet());
        long project = projects.create(team.owner, team.draft("K" + cases.get())).id();
        members.add(project, team.owner, new MemberDraft(team.manager.id(), null, ProjectRole.MANAGER));
        members.add(project, team.owner, new MemberDraft(team.member.id(), null, ProjectRole.MEMBER));
        members.add(project, team.owner, new MemberDraft(team.viewer.id(), null, ProjectRole.VIEWER));
        long summary = tasks.create(project, team.owner, TaskDraft.named("Summary")).id();
        long child = tasks.create(project, team.owner, new TaskDraft("Child", null, null, summary, null, null, null,
                null, null, null, null, null)).id();
        TaskView task = tasks.create(project, team.owner, TaskDraft.named("Task"));
        long comment = comments.add(project, task.id(), team.member, "First").id();
        // From the child, not the summary: indenting the task under the summary would make a link from
        // a summary to its own sub-task, a loop the schedule refuses.
        long link = dependencies.create(project, team.owner, new LinkDraft(child, task.id(), null, null)).id();
        var statuses = workflows.workflow(project, team.owner).statuses();
        long calendar = calendars.create(project, team.owner, new CalendarDraft("Spare", null,
                Map.of(DayOfWeek.MONDAY, List.of("08:00-12:00")), List.of(), null)).id();
        baselines.save(project, team.owner, new BaselineDraft(0, "Agreed", null));
        return new Case(project, task.id(), child, comment, team.viewer.id(), link, statuses.get(0).id(),
                statuses.get(1).id(), code, candidate, calendar, summary);
    }

    private static List<Long> ids(Answer answer) {
        List<Long> ids = new ArrayList<>();
        answer.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
