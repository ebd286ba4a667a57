package io.linchpin.engine.analysis;

import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.LinkType;
import java.time.LocalDateTime;
import java.util.List;

/** What set a task's early start, one step of a {@link DateExplanation}. */
public sealed interface Cause {

    /** A sentence for the project manager, without the task's own name. */
    String describe();

    /**
     * A link from a predecessor: the chain continues at the predecessor.
     *
     * @param predecessor the predecessor's id
     * @param type the link's type
     * @param lag the link's lag (negative: a lead)
     * @param heldBy the task whose link it is: the task itself, or a summary above it (a link into a
     *     summary holds every task below it)
     * @param predecessorDate the predecessor's date the link starts from: its finish for FS and FF, its
     *     start for SS and SF (actual dates once it has them)
     * @param requiredAt what the link asks for before the task's calendar places it on working time:
     *     a start for FS and SS, a finish for FF and SF
     * @param alsoDriving other predecessors whose links ask for the very same start (ties), in plan order
     */
    record DrivingLink(String predecessor, LinkType type, Lag lag, String heldBy, LocalDateTime predecessorDate,
            LocalDateTime requiredAt, List<String> alsoDriving) implements Cause {

        public DrivingLink {
            alsoDriving = List.copyOf(alsoDriving);
        }

        @Override
        public String describe() {
            String lagText = lag.isZero() ? "" : (lag.amount() < 0 ? " with a lead of " : " with a lag of ") + lagText(lag);
            String via = heldBy == null ? "" : " (the link is on summary " + heldBy + ")";
            String what = type.fromFinish() ? "finish " : "start ";
            String asks = type == LinkType.FS || type == LinkType.SS ? "start no earlier than " : "finish no earlier than ";
            String ties = alsoDriving.isEmpty() ? "" : "; " + String.join(", ", alsoDriving) + " asks for the same date";
            return type + " link from " + predecessor + lagText + via + ": its " + what + predecessorDate + " lets the task "
                    + asks + requiredAt + ties;
        }

        private static String lagText(Lag lag) {
            double amount = Math.abs(lag.amount());
            switch (lag.unit()) {
                case PERCENT:
                    return amount + " % of the predecessor's duration";
                case ELAPSED:
                    return (long) amount + " elapsed minutes";
                default:
                    return (long) amount + " working minutes";
            }
        }
    }

    /**
     * The task's date constraint.
     *
     * @param type the constraint's type
     * @param date the constraint's date: a start for SNET, SNLT, MSO and START_ON, else a finish
     */
    record DateConstraint(ConstraintType type, LocalDateTime date) implements Cause {
        @Override
        public String describe() {
            return "constraint " + type + " " + date;
        }
    }

    /**
     * The project start: nothing later holds the task.
     *
     * @param date the project start
     */
    record ProjectStart(LocalDateTime date) implements Cause {
        @Override
        public String describe() {
            return "the project start " + date;
        }
    }

    /**
     * The status (data) date: work not done yet cannot be done in the past.
     *
     * @param statusDate the status date
     * @param actualStart the task's actual start, or {@code null} when it has not started
     * @param remainingMinutes the work left after the status date, in working minutes of the task's calendar
     */
    record StatusDate(LocalDateTime statusDate, LocalDateTime actualStart, int remainingMinutes) implements Cause {
        @Override
        public String describe() {
            return (actualStart == null ? "" : "started " + actualStart + "; its ") + "remaining work of " + remainingMinutes
                    + " working minutes continues from the status date " + statusDate;
        }
    }

    /**
     * Progress: the task started on this date; its finish follows from the work left.
     *
     * @param actualStart the actual start
     * @param actualFinish the actual finish, or {@code null} while it is in progress
     * @param percentComplete percent complete
     * @param remainingMinutes work left, in working minutes of the task's calendar
     * @param statusDate the plan's status date, or {@code null}
     */
    record Progress(LocalDateTime actualStart, LocalDateTime actualFinish, double percentComplete, int remainingMinutes,
            LocalDateTime statusDate) implements Cause {
        @Override
        public String describe() {
            if (actualFinish != null) {
                return "actually started " + actualStart + " and finished " + actualFinish;
            }
            return "actually started " + actualStart + ", " + percentComplete + " % complete, " + remainingMinutes
                    + " working minutes left" + (statusDate == null ? "" : " as of the status date " + statusDate);
        }
    }

    /**
     * A summary's date is its child's: the chain continues at that child.
     *
     * @param child the child whose date the summary takes
     * @param finish whether the summary's finish (the latest child finish) is meant, else its start
     */
    record SummaryChild(String child, boolean finish) implements Cause {
        @Override
        public String describe() {
            return finish ? "a summary finishes with its last child, " + child : "a summary starts with its first child, " + child;
        }
    }

    /**
     * P6 moves an as-late-as-possible activity as late as its successors allow: its date comes from
     * after it, not from a predecessor, so the chain ends here.
     *
     * @param lateFinish the activity's late finish
     */
    record AsLateAsPossible(LocalDateTime lateFinish) implements Cause {
        @Override
        public String describe() {
            return "as late as possible: held against its successors, finishing by " + lateFinish;
        }
    }

    /** A "not before" time given to the run, such as a leveling delay. */
    record NotBefore() implements Cause {
        @Override
        public String describe() {
            return "held back by a not-before time given to the run (a leveling delay)";
        }
    }

    /**
     * A manually scheduled task keeps the dates it was given.
     *
     * @param start the manual start
     * @param finish the manual finish
     */
    record ManualDates(LocalDateTime start, LocalDateTime finish) implements Cause {
        @Override
        public String describe() {
            return "manually scheduled from " + start + " to " + finish;
        }
    }
}
