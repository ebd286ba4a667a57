package io.linchpin.server.projects;

import java.util.Locale;
import java.util.Map;

import io.linchpin.server.platform.InvalidInputException;

/**
 * Turns a client's {@code sort=field} or {@code sort=field,desc} into an ORDER BY clause drawn only
 * from the given columns, so no client text ever reaches the SQL.
 */
final class Sorting {

    private Sorting() {
    }

    static String orderBy(String sort, Map<String, String> columns, String defaultField, String tieBreak) {
        String field = defaultField;
        String direction = "ASC";
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            field = parts[0].trim();
            if (parts.length > 2 || parts.length == 2 && !parts[1].trim().toLowerCase(Locale.ROOT).matches("asc|desc")) {
                throw new InvalidInputException("sort", "expected field or field,asc or field,desc; got '" + sort + "'");
            }
            if (parts.length == 2) {
                direction = parts[1].trim().toUpperCase(Locale.ROOT);
            }
        }
        String column = columns.get(field);
        if (column == null) {
            throw new InvalidInputException("sort", "cannot sort by '" + field + "': use one of "
                    + String.join(", ", new java.util.TreeSet<>(columns.keySet())));
        }
        return column + " " + direction + ", " + tieBreak;
    }
}
