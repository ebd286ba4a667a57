package io.linchpin.server.projects.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.linchpin.server.platform.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** A refused form's problems by field, for the page to show next to each input. */
final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * The problems of a refused change: the service's own checks ({@link InvalidInputException})
     * or its bean validation ({@link ConstraintViolationException}); anything else is not about input.
     */
    static Map<String, String> of(RuntimeException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refused instanceof InvalidInputException invalid) {
            invalid.fields().forEach(f -> errors.merge(f.field(), f.message(), (a, b) -> a + "; " + b));
        } else if (refused instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                errors.merge(field(v.getPropertyPath()), v.getMessage(), (a, b) -> a + "; " + b);
            }
        } else {
            throw refused;
        }
        return errors;
    }

    /** The field a method-validation path names, without the method and parameter: "create.draft.name" is "name". */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? path.toString() : field.toString();
    }
}
