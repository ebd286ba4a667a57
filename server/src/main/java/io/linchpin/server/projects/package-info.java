/**
 * Projects and their work: the portfolio, project members and roles, the WBS of tasks, each
 * project's workflow (statuses, allowed transitions and who may make them), transition history and
 * comments. Other capabilities check access with {@link io.linchpin.server.projects.ProjectAccess}
 * and name tasks through
 * {@link io.linchpin.server.projects.TaskService#references}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity"})
package io.linchpin.server.projects;
