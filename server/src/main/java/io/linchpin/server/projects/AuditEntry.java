package io.linchpin.server.projects;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One recorded change: who ({@code actor}; absent for changes made by Linchpin itself, such as the
 * demo data), when, which entity, and its state before and after (absent on creation and deletion).
 */
public record AuditEntry(long id, long projectId, String entityType, long entityId, String action, UserRef actor,
        Instant at, JsonNode before, JsonNode after) {
}
