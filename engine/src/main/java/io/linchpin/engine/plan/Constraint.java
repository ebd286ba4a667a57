package io.linchpin.engine.plan;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A date constraint on a task.
 *
 * @param type constraint type
 * @param date the constraint date, {@code null} for {@link ConstraintType#ASAP} and {@link ConstraintType#ALAP}
 */
public record Constraint(ConstraintType type, LocalDateTime date) {

    /** As soon as possible: the default. */
    public static final Constraint ASAP = new Constraint(ConstraintType.ASAP, null);

    public Constraint {
        Objects.requireNonNull(type, "type");
        if (type.hasDate() && date == null) {
            throw new IllegalArgumentException("a " + type + " constraint needs a date");
        }
        if (!type.hasDate()) {
            date = null;
        }
    }

    public static Constraint of(ConstraintType type, LocalDateTime date) {
        return new Constraint(type, date);
    }
}
