package io.linchpin.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.identity.OrganisationDirectory;
import io.linchpin.server.identity.UserAccounts;
import io.linchpin.server.projects.CommentService;
import io.linchpin.server.projects.MemberDraft;
import io.linchpin.server.projects.MemberService;
import io.linchpin.server.projects.ProjectDraft;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.ProjectStatus;
import io.linchpin.server.projects.StatusView;
import io.linchpin.server.projects.TaskDraft;
import io.linchpin.server.projects.TaskKind;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.projects.TaskView;
import io.linchpin.server.projects.TransitionRequest;
import io.linchpin.server.projects.WorkflowService;
import io.linchpin.server.projects.WorkingDuration;
import io.linchpin.server.projects.ConstraintType;
import io.linchpin.server.projects.TaskChanges;
import io.linchpin.server.schedule.CalendarDraft;
import io.linchpin.server.schedule.CalendarExceptionDays;
import io.linchpin.server.schedule.CalendarService;
import io.linchpin.server.schedule.CalendarView;
import io.linchpin.server.schedule.DependencyService;
import io.linchpin.server.schedule.ScheduleRules;
import io.linchpin.server.schedule.ScheduleService;
import io.linchpin.server.schedule.ScheduleSettings;
import io.linchpin.server.schedule.ScheduleSettingsChanges;
import io.linchpin.server.schedule.LinkDraft;
import io.linchpin.server.schedule.LinkType;

/**
 * Creates the demo on a database without projects, in one transaction: the departments of the
 * install's organisation, the project team, and the data-centre migration with its WBS, statuses,
 * links and comments. Always the same data; a second start (or a database with any project) adds
 * nothing. On with {@code --demo}, {@code --linchpin.demo=true} or {@code LINCHPIN_DEMO=true}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoData implements ApplicationRunner {

    /** The demo people's password: they exist to be signed in as, on a demo install only. */
    static final String PASSWORD = "linchpin-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final List<String> DEPARTMENTS = List.of("Network", "Facilities", "Systems", "Security",
            "Applications", "Procurement", "Finance");

    /** username, name, project role. */
    private static final List<List<String>> TEAM = List.of(
            List.of("dana", "Dana Okafor", "OWNER"),
            List.of("priya", "Priya Raman", "MANAGER"),
            List.of("tomas", "Tomás Herrera", "MEMBER"),
            List.of("amina", "Amina Yusuf", "MEMBER"),
            List.of("li", "Li Wei", "MEMBER"),
            List.of("sofia", "Sofia Lindqvist", "MEMBER"),
            List.of("raj", "Raj Patel", "MEMBER"),
            List.of("ingrid", "Ingrid Berg", "MEMBER"),
            List.of("mark", "Mark Dubois", "VIEWER"));

    private final Environment environment;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final UserDetailsService people;
    private final OrganisationDirectory organisations;
    private final ProjectService projects;
    private final MemberService members;
    private final TaskService tasks;
    private final WorkflowService workflows;
    private final CommentService comments;
    private final DependencyService dependencies;
    private final CalendarService calendars;
    private final ScheduleService schedule;

    DemoData(Environment environment, TransactionTemplate transaction, JdbcClient jdbc, UserAccounts accounts,
            UserDetailsService people, OrganisationDirectory organisations, ProjectService projects,
            MemberService members, TaskService tasks, WorkflowService workflows, CommentService comments,
            DependencyService dependencies, CalendarService calendars, ScheduleService schedule) {
        this.calendars = calendars;
        this.schedule = schedule;
        this.environment = environment;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.people = people;
        this.organisations = organisations;
        this.projects = projects;
        this.members = members;
        this.tasks = tasks;
        this.workflows = workflows;
        this.comments = comments;
        this.dependencies = dependencies;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled(args)) {
            return;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM projects").query(Long.class).single() > 0) {
            log.info("Demo data: the database has projects already, so nothing was added");
            return;
        }
        build();
        log.warn("\n\n    Demo data created: project DCM, data-centre migration. Sign in as dana (owner), priya "
                + "(manager), tomas, amina, li, sofia, raj, ingrid (members) or mark (viewer),\n    all with the "
                + "password {} — or as admin.\n", PASSWORD);
    }

    /** {@code --demo} on the command line, or the property {@code linchpin.demo} ({@code LINCHPIN_DEMO}). */
    private boolean enabled(ApplicationArguments args) {
        return args.containsOption("demo") || environment.getProperty("linchpin.demo", Boolean.class, false);
    }

    /** Creates the whole demo, or nothing if any part fails. */
    void build() {
        try {
            transaction.executeWithoutResult(status -> create());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void create() {
        long home = organisations.homeOrganisationId();
        Map<String, Long> departments = new HashMap<>();
        organisations.departments(home).forEach(d -> departments.put(d.name(), d.id()));
        for (String name : DEPARTMENTS) {
            departments.computeIfAbsent(name, n -> organisations.createDepartment(home, n).id());
        }
        Map<String, LinchpinUser> team = new HashMap<>();
        for (List<String> person : TEAM) {
            if (accounts.findByUsername(person.get(0)).isEmpty()) {
                accounts.create(person.get(0), person.get(1), person.get(0) + "@example.com", PASSWORD, false);
            }
            team.put(person.get(0), (LinchpinUser) people.loadUserByUsername(person.get(0)));
        }
        LinchpinUser owner = actingAs(team.get("dana"));
        long project = projects.create(owner, new ProjectDraft("DCM", "Data-centre migration",
                "Move every service from the Docklands data centre to the new Riverside site: new network, "
                        + "new compute and storage, two migration waves, then close the old site.",
                null, "Europe/London", "GBP", ProjectStatus.ACTIVE, LocalDate.of(2027, 1, 11),
                LocalDate.of(2027, 6, 25))).id();
        for (List<String> person : TEAM.subList(1, TEAM.size())) {
            members.add(project, owner, new MemberDraft(team.get(person.get(0)).id(), null,
                    ProjectRole.valueOf(person.get(2))));
        }

        DemoPlan plan = readPlan();
        List<TaskDraft> drafts = new ArrayList<>();
        for (DemoPlan.Task task : plan.tasks()) {
            drafts.add(new TaskDraft(task.name(), task.milestone() ? TaskKind.MILESTONE : null,
                    task.duration() == null ? null : WorkingDuration.parse(task.duration()), null,
                    task.parent() < 0 ? null : task.parent(), null,
                    task.assignee() == null ? null : List.of(team.get(task.assignee()).id()),
                    task.department() == null ? null : departments.get(task.department()), task.priority(), task.tags(),
                    null, task.committed()));
        }
        LinchpinUser manager = actingAs(team.get("priya"));
        List<TaskView> created = tasks.createAll(project, manager, drafts);
        Map<String, TaskView> byName = new HashMap<>();
        created.forEach(t -> byName.put(t.name(), t));

        List<StatusView> statuses = workflows.workflow(project, manager).statuses();
        for (int i = 0; i < plan.tasks().size(); i++) {
            DemoPlan.Task task = plan.tasks().get(i);
            if (task.status() != null) {
                LinchpinUser worker = task.assignee() == null ? manager : team.get(task.assignee());
                moveTo(project, created.get(i), task.status(), worker, manager, statuses);
            }
        }
        actingAs(manager);
        for (DemoPlan.Link link : plan.links()) {
            dependencies.create(project, manager, new LinkDraft(byName.get(link.predecessor()).id(),
                    byName.get(link.successor()).id(), LinkType.valueOf(link.type()),
                    link.lagHours() * WorkingDuration.MINUTES_PER_HOUR));
        }
        for (DemoPlan.Comment comment : plan.comments()) {
            comments.add(project, byName.get(comment.task()).id(), actingAs(team.get(comment.author())), comment.text());
        }
        schedule(project, actingAs(manager), byName);
    }

    /** The status date of the demo: six weeks in, work reported up to the end of that Friday. */
    static final LocalDate STATUS_DATE = LocalDate.of(2027, 2, 19);

    /**
     * The schedule around the plan: bank holidays on the project calendar, a weekend calendar for
     * the cutover, the dates the plan's comments speak of as constraints, and progress up to the
     * status date as the statuses say. The servers' late ship date makes the hardware milestone
     * miss its committed date, so the project has a milestone at risk.
     */
    private void schedule(long project, LinchpinUser manager, Map<String, TaskView> byName) {
        CalendarView standard = calendars.list(project, manager).get(0);
        calendars.update(project, standard.id(), manager, standard.version(), new CalendarDraft(standard.name(), 480,
                standard.week(), List.of(holiday("Good Friday", "2027-03-26", "2027-03-26"),
                        holiday("Easter Monday", "2027-03-29", "2027-03-29"),
                        holiday("Early May bank holiday", "2027-05-03", "2027-05-03"),
                        holiday("Spring bank holiday", "2027-05-31", "2027-05-31"),
                        holiday("Summer bank holiday", "2027-08-30", "2027-08-30"),
                        holiday("Christmas shutdown", "2027-12-24", "2027-12-31")), null));
        long weekend = calendars.create(project, manager, new CalendarDraft("Cutover weekend", 720,
                Map.of(DayOfWeek.SATURDAY, List.of("08:00-20:00"), DayOfWeek.SUNDAY, List.of("08:00-20:00")), List.of(),
                null)).id();
        ScheduleSettings settings = schedule.settings(project, manager);
        schedule.change(project, manager, settings.version(), new ScheduleSettingsChanges(ScheduleRules.MSPROJECT,
                settings.calendarId(), STATUS_DATE, null));

        TaskChanges cutover = new TaskChanges();
        cutover.setCalendarId(weekend);
        cutover.setDurationMinutes(2 * 720L);
        change(project, manager, byName.get("Cutover weekend"), cutover);
        constrain(project, manager, byName.get("WAN circuits and carrier handover"), LocalDateTime.of(2027, 3, 8, 8, 0));
        constrain(project, manager, byName.get("Power upgrade and UPS commissioning"), LocalDateTime.of(2027, 2, 8, 8, 0));
        constrain(project, manager, byName.get("Servers and storage order"), LocalDateTime.of(2027, 3, 22, 8, 0));

        LocalDateTime reported = STATUS_DATE.plusDays(1).atStartOfDay();
        for (TaskView task : byName.values()) {
            TaskView now = tasks.get(project, task.id(), manager);
            String status = now.status().name();
            if (now.schedule() == null || now.kind() == TaskKind.SUMMARY || !now.schedule().start().isBefore(reported)) {
                continue;
            }
            TaskChanges progress = new TaskChanges();
            if (status.equals("Done") && now.schedule().finish().isBefore(reported)) {
                progress.setActualStart(now.schedule().start());
                progress.setActualFinish(now.schedule().finish());
            } else if (status.equals("In progress") || status.equals("In review")) {
                progress.setActualStart(now.schedule().start());
                progress.setPercentComplete(status.equals("In review") ? 90 : 40);
            } else {
                continue;
            }
            change(project, manager, now, progress);
        }
    }

    private static CalendarExceptionDays holiday(String name, String from, String to) {
        return new CalendarExceptionDays(name, LocalDate.parse(from), LocalDate.parse(to), List.of());
    }

    private void constrain(long project, LinchpinUser manager, TaskView task, LocalDateTime notBefore) {
        TaskChanges constraint = new TaskChanges();
        constraint.setConstraintType(ConstraintType.SNET);
        constraint.setConstraintDate(notBefore);
        change(project, manager, task, constraint);
    }

    private void change(long project, LinchpinUser manager, TaskView task, TaskChanges changes) {
        tasks.update(project, task.id(), manager, tasks.get(project, task.id(), manager).version(), changes);
    }

    /** Walks a task along the default workflow to its demo status, as its people would have. */
    private void moveTo(long project, TaskView task, String target, LinchpinUser worker, LinchpinUser manager,
            List<StatusView> statuses) {
        List<String> path = switch (target) {
            case "In progress" -> List.of("In progress");
            case "In review" -> List.of("In progress", "In review");
            case "Blocked" -> List.of("In progress", "Blocked");
            case "Done" -> List.of("In progress", "In review", "Done");
            default -> List.of();
        };
        long version = task.version();
        for (String step : path) {
            long to = statuses.stream().filter(s -> s.name().equals(step)).findFirst().orElseThrow().id();
            LinchpinUser who = actingAs("Done".equals(step) ? manager : worker);
            String note = "Blocked".equals(step) ? "Waiting on the vendor's delivery date" : null;
            version = workflows.transition(project, task.id(), who, version, new TransitionRequest(to, null, note, null))
                    .version();
        }
    }

    /** Signs the person in for what follows, so the audit log names who did what, as it would for real. */
    private static LinchpinUser actingAs(LinchpinUser person) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
        return person;
    }

    private static DemoPlan readPlan() {
        try (InputStream text = new ClassPathResource("demo/data-centre-migration.txt").getInputStream()) {
            return DemoPlan.read(text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo plan", e);
        }
    }
}
