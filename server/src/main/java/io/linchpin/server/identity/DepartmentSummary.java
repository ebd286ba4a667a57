package io.linchpin.server.identity;

/** A department of an organisation, as other capabilities reference it (a task's department). */
public record DepartmentSummary(long id, long organisationId, String name, long version) {

    static DepartmentSummary of(Department department) {
        return new DepartmentSummary(department.id(), department.organisationId(), department.name(),
                department.version());
    }
}
