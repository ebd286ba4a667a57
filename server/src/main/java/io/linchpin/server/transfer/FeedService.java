package io.linchpin.server.transfer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.server.identity.FeedSecrets;
import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.NotFoundException;
import io.linchpin.server.projects.PageOf;
import io.linchpin.server.projects.ProjectAccess;
import io.linchpin.server.projects.ProjectQuery;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.ProjectView;
import io.linchpin.server.projects.TaskKind;
import io.linchpin.server.projects.TaskQuery;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.projects.TaskView;
import io.linchpin.server.transfer.FeedStore.FeedRow;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * iCalendar feeds at secret URLs: a project's milestones and deadlines, or a person's assigned
 * tasks with the milestones of their projects. A feed reads with its owner's rights as they are
 * now, so leaving a project empties its feed and a disabled account's feeds answer 404.
 */
@Service
public class FeedService {

    private static final int PAGE = 1000;
    static final String PATH = "/feeds/";

    private final FeedStore feeds;
    private final FeedSecrets secrets;
    private final ProjectAccess access;
    private final ProjectService projects;
    private final TaskService tasks;

    FeedService(FeedStore feeds, FeedSecrets secrets, ProjectAccess access, ProjectService projects, TaskService tasks) {
        this.feeds = feeds;
        this.secrets = secrets;
        this.access = access;
        this.projects = projects;
        this.tasks = tasks;
    }

    /** A feed as its owner sees it; the secret URL is shown once, when the feed is made. */
    public record FeedView(long id, @Schema(description = "The project of a project feed; absent for a personal feed")
            Long projectId, String projectCode, Instant createdAt) {
    }

    public record IssuedFeed(FeedView feed, @Schema(description = "The feed's secret URL path; shown only now",
            example = "/feeds/Xy3....ics") String url) {
    }

    /** A new feed of the project's milestones and deadlines, for a member of any role. */
    @Transactional
    public IssuedFeed createProjectFeed(LinchpinUser user, long projectId) {
        access.require(projectId, user, ProjectRole.VIEWER);
        return issue(user, projectId);
    }

    /** A new feed of the person's assigned tasks and their projects' milestones. */
    @Transactional
    public IssuedFeed createPersonalFeed(LinchpinUser user) {
        return issue(user, null);
    }

    @Transactional(readOnly = true)
    public List<FeedView> list(LinchpinUser user) {
        return feeds.of(user.id()).stream().map(f -> view(f, user)).toList();
    }

    /** Revokes one of the person's own feeds: its URL answers 404 from now on. */
    @Transactional
    public void revoke(LinchpinUser user, long feedId) {
        FeedRow feed = feeds.find(feedId).filter(f -> f.userId() == user.id() && f.revokedAt() == null)
                .orElseThrow(() -> new NotFoundException("Feed", feedId));
        feeds.revoke(feed.id());
    }

    /** The calendar a secret opens; empty when it opens none (unknown, revoked, or its owner lost access). */
    @Transactional(readOnly = true)
    public Optional<String> render(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        Optional<FeedRow> found = feeds.active(secrets.hash(secret));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        FeedRow feed = found.get();
        Optional<LinchpinUser> owner = secrets.owner(feed.userId());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        LinchpinUser user = owner.get();
        if (feed.projectId() != null) {
            if (access.roleOf(feed.projectId(), user).isEmpty()) {
                return Optional.empty();
            }
            ProjectView project = projects.get(feed.projectId(), user);
            ICalendar calendar = new ICalendar(project.code() + " " + project.name());
            milestones(calendar, user, project);
            return Optional.of(calendar.end());
        }
        ICalendar calendar = new ICalendar("Linchpin: " + user.displayName());
        for (ProjectView project : myProjects(user)) {
            ZoneId zone = ZoneId.of(project.timeZone());
            for (TaskView t : all(user, project.id(), TaskKind.TASK, user.id())) {
                if (t.schedule() != null) {
                    calendar.event("task-" + t.id() + "@linchpin", t.updatedAt(), instant(t.schedule().start(), zone),
                            instant(t.schedule().finish(), zone), project.code() + " " + t.outlineNumber() + " " + t.name(),
                            "Status: " + t.status().name());
                }
            }
            milestones(calendar, user, project);
        }
        return Optional.of(calendar.end());
    }

    private void milestones(ICalendar calendar, LinchpinUser user, ProjectView project) {
        ZoneId zone = ZoneId.of(project.timeZone());
        for (TaskView m : all(user, project.id(), TaskKind.MILESTONE, null)) {
            if (m.schedule() != null) {
                Instant at = instant(m.schedule().finish(), zone);
                calendar.event("milestone-" + m.id() + "@linchpin", m.updatedAt(), at, at,
                        "◆ " + project.code() + " " + m.name(), "Milestone " + m.outlineNumber() + " of " + project.name());
            }
            if (m.committedFinish() != null) {
                calendar.day("deadline-" + m.id() + "@linchpin", m.updatedAt(), m.committedFinish(),
                        "Deadline: " + project.code() + " " + m.name(), "Committed date of milestone " + m.outlineNumber());
            }
        }
    }

    private List<ProjectView> myProjects(LinchpinUser user) {
        List<ProjectView> out = new ArrayList<>();
        for (int page = 0;; page++) {
            PageOf<ProjectView> rows = projects.portfolio(user, new ProjectQuery(null, null, null, page, 500));
            out.addAll(rows.items());
            if (rows.items().size() < 500) {
                return out;
            }
        }
    }

    private List<TaskView> all(LinchpinUser user, long projectId, TaskKind kind, Long assignee) {
        List<TaskView> out = new ArrayList<>();
        for (int page = 0;; page++) {
            PageOf<TaskView> rows = tasks.list(projectId, user,
                    new TaskQuery(null, assignee, null, kind, null, null, null, "wbs", page, PAGE));
            out.addAll(rows.items());
            if (rows.items().size() < PAGE) {
                return out;
            }
        }
    }

    private static Instant instant(LocalDateTime wallClock, ZoneId zone) {
        return wallClock.atZone(zone).toInstant();
    }

    private IssuedFeed issue(LinchpinUser user, Long projectId) {
        FeedSecrets.Issued secret = secrets.issue();
        long id = feeds.insert(secret.hash(), user.id(), projectId);
        return new IssuedFeed(view(feeds.find(id).orElseThrow(), user), PATH + secret.secret() + ".ics");
    }

    private FeedView view(FeedRow row, LinchpinUser user) {
        String code = null;
        if (row.projectId() != null && access.roleOf(row.projectId(), user).isPresent()) {
            code = projects.get(row.projectId(), user).code();
        }
        return new FeedView(row.id(), row.projectId(), code, row.createdAt());
    }
}
