package io.linchpin.server.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code imported_tasks}: which stored task came from which task of a file. */
@Repository
class ImportedTaskStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ImportedTaskStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record Origin(long taskId, String externalId, long importedVersion) {
    }

    /** By the file's unique ID. */
    Map<String, Origin> of(long projectId) {
        Map<String, Origin> out = new LinkedHashMap<>();
        jdbc.sql("SELECT task_id, external_id, imported_version FROM imported_tasks WHERE project_id = :project")
                .param("project", projectId)
                .query((rs, n) -> new Origin(rs.getLong("task_id"), rs.getString("external_id"), rs.getLong("imported_version")))
                .list().forEach(o -> out.put(o.externalId(), o));
        return out;
    }

    /** Records where the tasks came from, with the versions the import left them at, replacing what was known. */
    void record(long projectId, List<Origin> origins) {
        jdbc.sql("DELETE FROM imported_tasks WHERE project_id = :project").param("project", projectId).update();
        if (origins.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                INSERT INTO imported_tasks (task_id, project_id, external_id, imported_version)
                VALUES (:task, :project, :external, :version)""",
                origins.stream().map(o -> new MapSqlParameterSource().addValue("task", o.taskId())
                        .addValue("project", projectId).addValue("external", o.externalId())
                        .addValue("version", o.importedVersion())).toArray(SqlParameterSource[]::new));
    }
}
