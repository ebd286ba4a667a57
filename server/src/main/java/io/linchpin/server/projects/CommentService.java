package io.linchpin.server.projects;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.identity.UserAccounts;
import io.linchpin.server.platform.ConflictException;
import io.linchpin.server.platform.NotFoundException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Comments on tasks. Members comment; authors edit their own; authors and managers delete them.
 */
@Service
@Validated
public class CommentService {

    private final JdbcClient jdbc;
    private final TaskStore tasks;
    private final ProjectAccess access;
    private final UserAccounts users;
    private final ProjectAudit audit;

    CommentService(JdbcClient jdbc, TaskStore tasks, ProjectAccess access, UserAccounts users, ProjectAudit audit) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.access = access;
        this.users = users;
        this.audit = audit;
    }

    private record Row(long id, long taskId, Long authorId, String body, Instant createdAt, Instant updatedAt,
            long version) {
    }

    /** The task's comments, oldest first. */
    @Transactional(readOnly = true)
    public List<CommentView> comments(long projectId, long taskId, LinchpinUser user) {
        access.require(projectId, user, ProjectRole.VIEWER);
        requireTask(projectId, taskId);
        List<Row> rows = jdbc.sql("SELECT * FROM task_comments WHERE task_id = :task ORDER BY created_at, id")
                .param("task", taskId).query(CommentService::row).list();
        Map<Long, UserRef> authors = UserRefs.of(users,
                rows.stream().map(Row::authorId).filter(Objects::nonNull).toList());
        return rows.stream().map(r -> view(r, r.authorId() == null ? null : authors.get(r.authorId()))).toList();
    }

    @Transactional
    public CommentView add(long projectId, long taskId, LinchpinUser user, @NotBlank @Size(max = 10000) String body) {
        access.require(projectId, user, ProjectRole.MEMBER);
        requireTask(projectId, taskId);
        Instant now = Instant.now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO task_comments (task_id, author_id, body, created_at, updated_at, version)
                VALUES (:task, :author, :body, :now, :now, 0)""")
                .param("task", taskId).param("author", user.id()).param("body", body)
                .param("now", Sql.timestamp(now)).update(key, "id");
        CommentView added = view(find(taskId, key.getKeyAs(Long.class)));
        audit.record(projectId, "TaskComment", added.id(), "CREATED", null, added);
        return added;
    }

    /** Changes a comment's text; only its author may. */
    @Transactional
    public CommentView edit(long projectId, long taskId, long commentId, LinchpinUser user, long expectedVersion,
            @NotBlank @Size(max = 10000) String body) {
        access.require(projectId, user, ProjectRole.MEMBER);
        requireTask(projectId, taskId);
        Row current = find(taskId, commentId);
        if (!Objects.equals(current.authorId(), user.id())) {
            throw new AccessDeniedException("Only the author of a comment may edit it.");
        }
        if (current.version() != expectedVersion) {
            throw stale(current, expectedVersion);
        }
        int changed = jdbc.sql("""
                UPDATE task_comments SET body = :body, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("body", body).param("now", Sql.timestamp(Instant.now())).param("id", commentId)
                .param("version", expectedVersion).update();
        if (changed == 0) {
            throw stale(find(taskId, commentId), expectedVersion);
        }
        CommentView after = view(find(taskId, commentId));
        audit.record(projectId, "TaskComment", commentId, "UPDATED", view(current), after);
        return after;
    }

    /** Deletes a comment: its author or a manager may. */
    @Transactional
    public void delete(long projectId, long taskId, long commentId, LinchpinUser user) {
        ProjectRole role = access.require(projectId, user, ProjectRole.MEMBER);
        requireTask(projectId, taskId);
        Row current = find(taskId, commentId);
        if (!Objects.equals(current.authorId(), user.id()) && !role.atLeast(ProjectRole.MANAGER)) {
            throw new AccessDeniedException("Only the author of a comment or a manager may delete it.");
        }
        jdbc.sql("DELETE FROM task_comments WHERE id = :id").param("id", commentId).update();
        audit.record(projectId, "TaskComment", commentId, "DELETED", view(current), null);
    }

    private ConflictException stale(Row current, long expectedVersion) {
        return new ConflictException("The comment was changed by someone else: it is at version " + current.version()
                + ", your edit was based on version " + expectedVersion + ".", view(current));
    }

    private void requireTask(long projectId, long taskId) {
        if (tasks.find(projectId, taskId).isEmpty()) {
            throw new NotFoundException("Task", taskId);
        }
    }

    private Row find(long taskId, long commentId) {
        return jdbc.sql("SELECT * FROM task_comments WHERE id = :id AND task_id = :task")
                .param("id", commentId).param("task", taskId).query(CommentService::row).optional()
                .orElseThrow(() -> new NotFoundException("Comment", commentId));
    }

    private CommentView view(Row row) {
        return view(row, row.authorId() == null ? null : users.find(row.authorId()).map(UserRef::of).orElse(null));
    }

    private static CommentView view(Row r, UserRef author) {
        return new CommentView(r.id(), r.taskId(), author, r.body(), r.createdAt(), r.updatedAt(), r.version());
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getLong("task_id"), Sql.nullableLong(rs, "author_id"), rs.getString("body"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getLong("version"));
    }
}
