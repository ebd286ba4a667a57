package io.linchpin.server.schedule.web;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import io.linchpin.server.platform.ConflictException;
import io.linchpin.server.platform.InvalidInputException;
import jakarta.validation.ConstraintViolationException;

/** A page's save, whose refusals the page shows as messages next to the form instead of an error page. */
final class FormSave {

    private FormSave() {
    }

    /**
     * Runs {@code save}; when the service refuses it, adds why to {@code errors} (a field named by
     * {@code label} as the page shows it) and returns null.
     */
    static <T> T attempt(Supplier<T> save, String conflict, UnaryOperator<String> label, List<String> errors) {
        try {
            return save.get();
        } catch (ConflictException e) {
            errors.add(conflict);
        } catch (InvalidInputException e) {
            e.fields().forEach(f -> errors.add(label.apply(f.field()) + ": " + f.message()));
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> errors.add(label.apply(v.getPropertyPath().toString()) + ": "
                    + v.getMessage()));
        }
        return null;
    }
}
