package io.linchpin.server.identity;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.server.platform.ConflictException;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.platform.NotFoundException;

/**
 * Organisations and their departments, as other capabilities (and the demo data) see them.
 * Changes are audited; the admin pages and API check that the caller is an administrator.
 */
@Service
public class OrganisationDirectory {

    private final Organisations organisations;
    private final Departments departments;
    private final AuditLog audit;

    OrganisationDirectory(Organisations organisations, Departments departments, AuditLog audit) {
        this.organisations = organisations;
        this.departments = departments;
        this.audit = audit;
    }

    /** The install's own organisation, created with the first administrator. */
    @Transactional(readOnly = true)
    public long homeOrganisationId() {
        return organisations.findAll().stream()
                .filter(o -> o.kind() == OrganisationKind.INTERNAL)
                .mapToLong(Organisation::id)
                .min()
                .orElseThrow(() -> new IllegalStateException("No internal organisation: the first start did not complete"));
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations() {
        return organisations.findAllByOrderByName().stream().map(OrganisationSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> organisation(long id) {
        return organisations.findById(id).map(OrganisationSummary::of);
    }

    @Transactional
    public OrganisationSummary createOrganisation(String name, OrganisationKind kind) {
        String clean = name.strip();
        checkOrganisationNameFree(clean);
        Organisation created = organisations.save(Organisation.create(clean, kind));
        audit.record(null, "Organisation", created.id(), "CREATED", null, OrganisationSummary.of(created));
        return OrganisationSummary.of(created);
    }

    /** Renames, based on the {@code version} the editor saw. The kind of an organisation never changes. */
    @Transactional
    public OrganisationSummary renameOrganisation(long id, String name, long version) {
        Organisation current = organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation", id));
        String clean = name.strip();
        if (current.version() != version) {
            throw new ConflictException("Organisation " + id + " was changed by someone else", OrganisationSummary.of(current));
        }
        if (!clean.equals(current.name())) {
            checkOrganisationNameFree(clean);
        }
        Organisation renamed = saveOrConflict(() -> organisations.save(current.renamed(clean, version)),
                () -> OrganisationSummary.of(organisations.findById(id).orElseThrow()));
        audit.record(null, "Organisation", id, "RENAMED", OrganisationSummary.of(current), OrganisationSummary.of(renamed));
        return OrganisationSummary.of(renamed);
    }

    @Transactional
    public DepartmentSummary createDepartment(long organisationId, String name) {
        String clean = name.strip();
        if (organisations.findById(organisationId).isEmpty()) {
            throw new InvalidInputException("organisationId", "There is no organisation " + organisationId);
        }
        checkDepartmentNameFree(organisationId, clean);
        Department created = departments.save(Department.create(organisationId, clean));
        audit.record(null, "Department", created.id(), "CREATED", null, DepartmentSummary.of(created));
        return DepartmentSummary.of(created);
    }

    @Transactional
    public DepartmentSummary renameDepartment(long id, String name, long version) {
        Department current = departments.findById(id).orElseThrow(() -> new NotFoundException("Department", id));
        String clean = name.strip();
        if (current.version() != version) {
            throw new ConflictException("Department " + id + " was changed by someone else", DepartmentSummary.of(current));
        }
        if (!clean.equals(current.name())) {
            checkDepartmentNameFree(current.organisationId(), clean);
        }
        Department renamed = saveOrConflict(() -> departments.save(current.renamed(clean, version)),
                () -> DepartmentSummary.of(departments.findById(id).orElseThrow()));
        audit.record(null, "Department", id, "RENAMED", DepartmentSummary.of(current), DepartmentSummary.of(renamed));
        return DepartmentSummary.of(renamed);
    }

    @Transactional(readOnly = true)
    public List<DepartmentSummary> departments(long organisationId) {
        return departments.findByOrganisationIdOrderByName(organisationId).stream().map(DepartmentSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentSummary> department(long id) {
        return departments.findById(id).map(DepartmentSummary::of);
    }

    private void checkOrganisationNameFree(String name) {
        if (organisations.findByName(name).isPresent()) {
            throw new InvalidInputException("name", "The organisation " + name + " exists already");
        }
    }

    private void checkDepartmentNameFree(long organisationId, String name) {
        if (departments.findByOrganisationIdAndName(organisationId, name).isPresent()) {
            throw new InvalidInputException("name", "The department " + name + " exists already");
        }
    }

    private static <T> T saveOrConflict(Supplier<T> save, Supplier<Object> current) {
        try {
            return save.get();
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("Changed by someone else meanwhile", current.get());
        }
    }
}
