package io.linchpin.server.projects;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.NotFoundException;

/**
 * The one place that decides who may do what in a project. A person who is not a member is told
 * the project does not exist (404, so IDs reveal nothing); a member whose role is too low is
 * refused (403). Administrators act as owners of every project.
 */
@Service
public class ProjectAccess {

    private final JdbcClient jdbc;

    ProjectAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The person's role in the project, if it is at least {@code minimum}.
     *
     * @throws NotFoundException when the project does not exist or the person is not a member
     * @throws AccessDeniedException when the person's role is lower than {@code minimum}
     */
    @Transactional(readOnly = true)
    public ProjectRole require(long projectId, LinchpinUser user, ProjectRole minimum) {
        ProjectRole role = roleOf(projectId, user).orElseThrow(() -> new NotFoundException("Project", projectId));
        if (!role.atLeast(minimum)) {
            throw new AccessDeniedException("This needs the " + minimum.label() + " role in the project; you are a "
                    + role.label() + ".");
        }
        return role;
    }

    /**
     * As {@link #require}, and takes the project's write lock until the calling transaction ends:
     * changes that must see a stable whole (the WBS, the dependency network) are made one at a time
     * per project, on one server or several.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProjectRole requireExclusive(long projectId, LinchpinUser user, ProjectRole minimum) {
        ProjectRole role = require(projectId, user, minimum);
        jdbc.sql("SELECT id FROM projects WHERE id = :project FOR UPDATE").param("project", projectId)
                .query(Long.class).single();
        return role;
    }

    /** The person's role in the project; empty when they may not see it (or it does not exist). */
    @Transactional(readOnly = true)
    public Optional<ProjectRole> roleOf(long projectId, LinchpinUser user) {
        Optional<String> role = jdbc.sql("""
                SELECT COALESCE(m.role, '') FROM projects p
                LEFT JOIN project_members m ON m.project_id = p.id AND m.user_id = :user
                WHERE p.id = :project""")
                .param("user", user.id()).param("project", projectId)
                .query(String.class).optional();
        if (role.isEmpty()) {
            return Optional.empty();
        }
        if (user.admin()) {
            return Optional.of(ProjectRole.OWNER);
        }
        return role.filter(r -> !r.isEmpty()).map(ProjectRole::valueOf);
    }
}
