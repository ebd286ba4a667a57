package io.linchpin.server.identity.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.linchpin.server.identity.AuditFilter;
import io.linchpin.server.identity.AuditLog;

/** The whole audit log, newest first, for administrators. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditAdminPage {

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditAdminPage(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(required = false) String entityType, @RequestParam(required = false) String action,
            @RequestParam(required = false) Long actorId, @RequestParam(defaultValue = "0") int page, Model model) {
        String type = blankToNull(entityType);
        String what = blankToNull(action);
        model.addAttribute("entityType", type);
        model.addAttribute("action", what);
        model.addAttribute("actorId", actorId);
        model.addAttribute("entries", audit.page(new AuditFilter(type, null, actorId, what, null, null),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "identity/admin-audit";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
