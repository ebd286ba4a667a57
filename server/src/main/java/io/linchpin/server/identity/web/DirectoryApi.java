package io.linchpin.server.identity.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.linchpin.server.identity.DepartmentSummary;
import io.linchpin.server.identity.OrganisationDirectory;
import io.linchpin.server.identity.OrganisationKind;
import io.linchpin.server.identity.OrganisationSummary;
import io.linchpin.server.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Organisations and departments. Reads for internal people; writes for administrators (see SecurityConfig). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisations and departments")
class DirectoryApi {

    private final OrganisationDirectory directory;

    DirectoryApi(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/organisations")
    @Operation(summary = "Every organisation, by name: the install's own (INTERNAL) and outside parties (EXTERNAL)")
    List<OrganisationSummary> organisations() {
        return directory.organisations();
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "One organisation")
    OrganisationSummary organisation(@PathVariable long id) {
        return directory.organisation(id).orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    @PostMapping("/organisations")
    @Operation(summary = "Add an organisation")
    ResponseEntity<OrganisationSummary> createOrganisation(@Valid @RequestBody NewOrganisation request) {
        OrganisationSummary created = directory.createOrganisation(request.name(), request.kind());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
    }

    @PutMapping("/organisations/{id}")
    @Operation(summary = "Rename an organisation (based on the version you read); its kind never changes")
    OrganisationSummary renameOrganisation(@PathVariable long id, @Valid @RequestBody Rename request) {
        return directory.renameOrganisation(id, request.name(), request.version());
    }

    @GetMapping("/departments")
    @Operation(summary = "The departments of an organisation (by default the install's own), by name")
    List<DepartmentSummary> departments(@RequestParam(required = false) Long organisationId) {
        long organisation = organisationId == null ? directory.homeOrganisationId() : organisationId;
        if (directory.organisation(organisation).isEmpty()) {
            throw new NotFoundException("Organisation", organisation);
        }
        return directory.departments(organisation);
    }

    @GetMapping("/departments/{id}")
    @Operation(summary = "One department")
    DepartmentSummary department(@PathVariable long id) {
        return directory.department(id).orElseThrow(() -> new NotFoundException("Department", id));
    }

    @PostMapping("/departments")
    @Operation(summary = "Add a department to an organisation")
    ResponseEntity<DepartmentSummary> createDepartment(@Valid @RequestBody NewDepartment request) {
        DepartmentSummary created = directory.createDepartment(request.organisationId(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/departments/" + created.id())).body(created);
    }

    @PutMapping("/departments/{id}")
    @Operation(summary = "Rename a department (based on the version you read)")
    DepartmentSummary renameDepartment(@PathVariable long id, @Valid @RequestBody Rename request) {
        return directory.renameDepartment(id, request.name(), request.version());
    }

    record NewOrganisation(@NotBlank @Size(max = 200) String name, @NotNull OrganisationKind kind) {
    }

    record NewDepartment(@NotNull Long organisationId, @NotBlank @Size(max = 200) String name) {
    }

    record Rename(@NotBlank @Size(max = 200) String name, @NotNull Long version) {
    }
}
