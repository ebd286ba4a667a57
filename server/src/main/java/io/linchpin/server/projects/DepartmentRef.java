package io.linchpin.server.projects;

/** The department a task belongs to. */
public record DepartmentRef(long id, String name) {
}
