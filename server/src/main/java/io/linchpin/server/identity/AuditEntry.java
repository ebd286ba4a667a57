package io.linchpin.server.identity;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One recorded change: who ({@code actorId} null for the system itself), when, which entity, what
 * was done, and the entity as JSON before and after (either is null for a creation or deletion).
 */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, Long projectId,
        String entityType, long entityId, String action, JsonNode before, JsonNode after) {
}
