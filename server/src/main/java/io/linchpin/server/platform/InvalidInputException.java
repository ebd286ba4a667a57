package io.linchpin.server.platform;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that the service rejects after the syntax checks passed (an unknown reference, a cycle,
 * a transition that is not allowed). Nothing has been changed when it is thrown.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> fields;

    public InvalidInputException(String message, List<FieldProblem> fields) {
        super(message);
        this.fields = List.copyOf(fields);
    }

    public InvalidInputException(String field, String message) {
        this(message, List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    /** One failing field: its JSON path (e.g. {@code tasks[3].name}) and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
