package io.linchpin.server.projects.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.linchpin.server.projects.AuditEntry;
import tools.jackson.databind.JsonNode;

/** What an audit entry changed, field by field, as the activity page shows it. */
record ChangeSummary(AuditEntry entry, String subject, List<Change> changes) {

    /**
     * Bookkeeping fields every change touches, and the computed schedule (the engine's answer to the
     * change, not the change): showing them would bury what changed.
     */
    private static final Set<String> QUIET = Set.of("version", "updatedAt", "createdAt", "myRole", "schedule");

    record Change(String field, String before, String after) {
    }

    static ChangeSummary of(AuditEntry entry) {
        JsonNode state = entry.after() != null ? entry.after() : entry.before();
        String subject = entry.entityType() + " " + describe(state);
        List<Change> changes = new ArrayList<>();
        if (entry.before() != null && entry.after() != null) {
            for (String field : entry.after().propertyNames()) {
                String before = text(entry.before().get(field));
                String after = text(entry.after().get(field));
                if (!QUIET.contains(field) && !before.equals(after)) {
                    changes.add(new Change(field, before, after));
                }
            }
        }
        return new ChangeSummary(entry, subject, changes);
    }

    private static String describe(JsonNode state) {
        if (state == null) {
            return "";
        }
        if (state.has("outlineNumber")) {
            return state.get("outlineNumber").asString() + " " + text(state.get("name"));
        }
        if (state.has("user")) {
            return text(state.get("user"));
        }
        if (state.has("predecessor")) {
            return text(state.get("predecessor")) + " → " + text(state.get("successor"));
        }
        return state.has("name") ? text(state.get("name")) : state.has("body") ? text(state.get("body")) : "";
    }

    /** A value as a line of text: objects by their name, lists joined. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "—";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(text(item)));
            return items.isEmpty() ? "—" : String.join(", ", items);
        }
        if (value.isObject()) {
            for (String key : List.of("displayName", "label", "name")) {
                if (value.has(key)) {
                    return value.get(key).asString();
                }
            }
            if (value.has("outlineNumber")) {
                return value.get("outlineNumber").asString() + " " + value.get("name").asString();
            }
            return value.toString();
        }
        return value.asString();
    }
}
