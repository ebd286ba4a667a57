package io.linchpin.server.projects;

/**
 * Which projects of the portfolio to list: by status, by text in the code or name; sorted by
 * {@code code} (default), {@code name}, {@code status}, {@code plannedStart}, {@code committedFinish}
 * or {@code updatedAt}, optionally followed by {@code ,desc}.
 */
public record ProjectQuery(ProjectStatus status, String text, String sort, int page, int size) {
}
