package io.linchpin.server.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.server.platform.InvalidInputException;

/** Organisations and their departments, as other capabilities (and the demo data) see them. */
@Service
public class OrganisationDirectory {

    private final Organisations organisations;
    private final Departments departments;

    OrganisationDirectory(Organisations organisations, Departments departments) {
        this.organisations = organisations;
        this.departments = departments;
    }

    /** The install's own organisation, created with the first administrator. */
    @Transactional(readOnly = true)
    public long homeOrganisationId() {
        return organisations.findAll().stream()
                .filter(o -> o.kind() == Organisation.Kind.INTERNAL)
                .mapToLong(Organisation::id)
                .min()
                .orElseThrow(() -> new IllegalStateException("No internal organisation: the first start did not complete"));
    }

    @Transactional
    public DepartmentSummary createDepartment(long organisationId, String name) {
        if (departments.findByOrganisationIdAndName(organisationId, name).isPresent()) {
            throw new InvalidInputException("name", "The department " + name + " exists already");
        }
        return DepartmentSummary.of(departments.save(Department.create(organisationId, name)));
    }

    @Transactional(readOnly = true)
    public List<DepartmentSummary> departments(long organisationId) {
        return departments.findByOrganisationIdOrderByName(organisationId).stream().map(DepartmentSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentSummary> department(long id) {
        return departments.findById(id).map(DepartmentSummary::of);
    }

    boolean isExternal(Long organisationId) {
        return organisationId != null && organisations.findById(organisationId)
                .map(o -> o.kind() == Organisation.Kind.EXTERNAL).orElse(false);
    }
}
