package io.linchpin.server.identity.web;

import java.time.Instant;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.linchpin.server.identity.AuditEntry;
import io.linchpin.server.identity.AuditFilter;
import io.linchpin.server.identity.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The whole audit log, for administrators (a project's own log is under its project). */
@RestController
@Tag(name = "Audit log")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Every recorded change, newest first; each filter narrows it (from inclusive, to exclusive)")
    PagedModel<AuditEntry> page(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) Long entityId, @RequestParam(required = false) Long actorId,
            @RequestParam(required = false) String action, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, Pageable pageable) {
        return new PagedModel<>(audit.page(new AuditFilter(entityType, entityId, actorId, action, from, to), pageable));
    }
}
