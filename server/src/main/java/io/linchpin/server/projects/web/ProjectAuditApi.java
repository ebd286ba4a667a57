package io.linchpin.server.projects.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.projects.AuditEntry;
import io.linchpin.server.projects.PageOf;
import io.linchpin.server.projects.ProjectAudit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@Tag(name = "Audit", description = "Every change to a project: who, when, which entity, before and after")
class ProjectAuditApi {

    private final ProjectAudit audit;

    ProjectAuditApi(ProjectAudit audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/projects/{projectId}/audit")
    @Operation(summary = "The project's changes, newest first")
    PageOf<AuditEntry> entries(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return audit.entries(projectId, user, page, size);
    }
}
