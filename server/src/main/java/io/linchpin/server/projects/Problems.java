package io.linchpin.server.projects;

import java.util.ArrayList;
import java.util.List;

import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.platform.InvalidInputException.FieldProblem;

/** Collects every problem of a request before refusing it, so the client can fix them all at once. */
final class Problems {

    private final List<FieldProblem> fields = new ArrayList<>();

    void add(String field, String message) {
        fields.add(new FieldProblem(field, message));
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    /** Refuses the request, changing nothing, if any problem was found. */
    void throwIfAny(String summary) {
        if (!fields.isEmpty()) {
            throw new InvalidInputException(fields.size() == 1 ? fields.get(0).field() + ": " + fields.get(0).message()
                    : summary + " (" + fields.size() + " problems)", fields);
        }
    }
}
