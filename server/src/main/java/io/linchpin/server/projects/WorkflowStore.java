package io.linchpin.server.projects;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The rows of {@code workflow_statuses} and {@code workflow_transitions}. */
@Repository
class WorkflowStore {

    private final JdbcClient jdbc;

    WorkflowStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The default workflow: To do → In progress → In review → Done, with Blocked from and back to
     * In progress. Members move their work along; a manager signs it off (In review → Done) and
     * reopens finished work.
     */
    void createDefault(long projectId) {
        long toDo = insertStatus(projectId, "To do", StatusCategory.TO_DO, 1);
        long inProgress = insertStatus(projectId, "In progress", StatusCategory.IN_PROGRESS, 2);
        long inReview = insertStatus(projectId, "In review", StatusCategory.IN_PROGRESS, 3);
        long done = insertStatus(projectId, "Done", StatusCategory.DONE, 4);
        long blocked = insertStatus(projectId, "Blocked", StatusCategory.IN_PROGRESS, 5);
        insertTransition(projectId, toDo, inProgress, ProjectRole.MEMBER);
        insertTransition(projectId, inProgress, toDo, ProjectRole.MEMBER);
        insertTransition(projectId, inProgress, inReview, ProjectRole.MEMBER);
        insertTransition(projectId, inReview, inProgress, ProjectRole.MEMBER);
        insertTransition(projectId, inReview, done, ProjectRole.MANAGER);
        insertTransition(projectId, done, inProgress, ProjectRole.MANAGER);
        insertTransition(projectId, inProgress, blocked, ProjectRole.MEMBER);
        insertTransition(projectId, blocked, inProgress, ProjectRole.MEMBER);
    }

    List<StatusView> statuses(long projectId) {
        return jdbc.sql("SELECT id, name, category, position FROM workflow_statuses WHERE project_id = :project ORDER BY position")
                .param("project", projectId)
                .query((rs, n) -> new StatusView(rs.getLong("id"), rs.getString("name"),
                        StatusCategory.valueOf(rs.getString("category")), rs.getInt("position")))
                .list();
    }

    List<TransitionRule> transitions(long projectId) {
        return jdbc.sql("""
                SELECT t.from_status_id, f.name AS from_name, t.to_status_id, s.name AS to_name, t.minimum_role
                FROM workflow_transitions t
                JOIN workflow_statuses f ON f.id = t.from_status_id
                JOIN workflow_statuses s ON s.id = t.to_status_id
                WHERE t.project_id = :project ORDER BY f.position, s.position""")
                .param("project", projectId)
                .query((rs, n) -> new TransitionRule(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        ProjectRole.valueOf(rs.getString(5))))
                .list();
    }

    long version(long projectId) {
        return jdbc.sql("SELECT workflow_version FROM projects WHERE id = :project").param("project", projectId)
                .query(Long.class).single();
    }

    long tasksIn(long statusId) {
        return jdbc.sql("SELECT COUNT(*) FROM tasks WHERE status_id = :status").param("status", statusId)
                .query(Long.class).single();
    }

    long insertStatus(long projectId, String name, StatusCategory category, int position) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO workflow_statuses (project_id, name, category, position) VALUES (:project, :name, :category, :position)")
                .param("project", projectId).param("name", name).param("category", category.name())
                .param("position", position).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    void updateStatus(long statusId, String name, StatusCategory category, int position) {
        jdbc.sql("UPDATE workflow_statuses SET name = :name, category = :category, position = :position WHERE id = :id")
                .param("name", name).param("category", category.name()).param("position", position)
                .param("id", statusId).update();
    }

    void deleteStatus(long statusId) {
        jdbc.sql("DELETE FROM workflow_statuses WHERE id = :id").param("id", statusId).update();
    }

    void deleteTransitions(long projectId) {
        jdbc.sql("DELETE FROM workflow_transitions WHERE project_id = :project").param("project", projectId).update();
    }

    void insertTransition(long projectId, long from, long to, ProjectRole minimumRole) {
        jdbc.sql("""
                INSERT INTO workflow_transitions (project_id, from_status_id, to_status_id, minimum_role)
                VALUES (:project, :from, :to, :role)""")
                .param("project", projectId).param("from", from).param("to", to).param("role", minimumRole.name())
                .update();
    }

    void bumpVersion(long projectId) {
        jdbc.sql("UPDATE projects SET workflow_version = workflow_version + 1 WHERE id = :project")
                .param("project", projectId).update();
    }

    void recordTransition(long taskId, String from, String to, Long userId, Instant at, String note) {
        jdbc.sql("""
                INSERT INTO task_transitions (task_id, from_status, to_status, user_id, at, note)
                VALUES (:task, :from, :to, :user, :at, :note)""")
                .param("task", taskId).param("from", from).param("to", to).param("user", userId)
                .param("at", Sql.timestamp(at)).param("note", note).update();
    }

    record HistoryRow(long id, long taskId, String from, String to, Long userId, Instant at, String note) {
    }

    List<HistoryRow> history(long taskId) {
        return jdbc.sql("SELECT * FROM task_transitions WHERE task_id = :task ORDER BY at, id").param("task", taskId)
                .query((rs, n) -> new HistoryRow(rs.getLong("id"), rs.getLong("task_id"), rs.getString("from_status"),
                        rs.getString("to_status"), Sql.nullableLong(rs, "user_id"), Sql.instant(rs, "at"),
                        rs.getString("note")))
                .list();
    }
}
