package io.linchpin.server.identity;

import java.time.Instant;

/**
 * Which audit entries to read; every null field matches everything. {@code from} is inclusive,
 * {@code to} exclusive.
 */
public record AuditFilter(String entityType, Long entityId, Long actorId, String action, Instant from, Instant to) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
