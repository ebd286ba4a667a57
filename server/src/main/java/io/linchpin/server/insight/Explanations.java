package io.linchpin.server.insight;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.linchpin.engine.analysis.CalendarGap;
import io.linchpin.engine.analysis.Cause;
import io.linchpin.engine.analysis.DateExplanation;
import io.linchpin.engine.analysis.ExplanationStep;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Plan;
import io.linchpin.server.projects.TaskKind;
import io.linchpin.server.projects.TaskRef;
import io.linchpin.server.projects.WorkingDuration;

/**
 * Turns the engine's explanation, which names tasks and calendars by their plan ids (the database
 * ids as text), into the project manager's words: tasks by outline number and name, calendars by
 * name, dates without seconds.
 */
final class Explanations {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Plan plan;
    private final Map<Long, TaskRef> refs;

    private Explanations(Plan plan, Map<Long, TaskRef> refs) {
        this.plan = plan;
        this.refs = refs;
    }

    /** The task ids an explanation names, so their references can be read in one go. */
    static Set<Long> taskIds(Collection<DateExplanation> explanations) {
        Set<Long> ids = new LinkedHashSet<>();
        for (DateExplanation e : explanations) {
            ids.add(Long.valueOf(e.taskId()));
            for (ExplanationStep s : e.steps()) {
                ids.add(Long.valueOf(s.taskId()));
                if (s.cause() instanceof Cause.DrivingLink link) {
                    ids.add(Long.valueOf(link.predecessor()));
                    if (link.heldBy() != null) {
                        ids.add(Long.valueOf(link.heldBy()));
                    }
                    link.alsoDriving().forEach(id -> ids.add(Long.valueOf(id)));
                } else if (s.cause() instanceof Cause.SummaryChild child) {
                    ids.add(Long.valueOf(child.child()));
                }
            }
        }
        return ids;
    }

    static DateWhy why(Plan plan, Map<Long, TaskRef> refs, DateExplanation explanation) {
        Explanations words = new Explanations(plan, refs);
        List<DateWhy.Step> steps = new ArrayList<>();
        for (ExplanationStep s : explanation.steps()) {
            steps.add(words.step(s));
        }
        return new DateWhy(words.ref(explanation.taskId()), explanation.earlyStart(), steps);
    }

    private DateWhy.Step step(ExplanationStep s) {
        DateWhy.Cause cause = cause(s.cause());
        DateWhy.Gap gap = s.gap() == null ? null : gap(s.gap());
        String sentence = ref(s.taskId()).label() + " starts " + at(s.earlyStart()) + ": " + describe(s.cause())
                + (s.gap() == null ? "" : "; " + describe(s.gap()));
        return new DateWhy.Step(ref(s.taskId()), s.earlyStart(), s.earlyFinish(), calendar(s.calendarId()), cause, gap,
                sentence);
    }

    private DateWhy.Cause cause(Cause c) {
        if (c instanceof Cause.DrivingLink l) {
            return new DateWhy.Cause(DateWhy.Kind.LINK, ref(l.predecessor()), l.type().name(), lagMinutes(l.lag()),
                    l.heldBy() == null ? null : ref(l.heldBy()), l.predecessorDate(), l.requiredAt(),
                    l.alsoDriving().stream().map(this::ref).toList(), null, null, null, null, null, null, null, null);
        }
        if (c instanceof Cause.SummaryChild sc) {
            return new DateWhy.Cause(DateWhy.Kind.SUMMARY_CHILD, null, null, null, null, null, null, null, ref(sc.child()),
                    sc.finish(), null, null, null, null, null, null);
        }
        if (c instanceof Cause.DateConstraint dc) {
            return new DateWhy.Cause(DateWhy.Kind.CONSTRAINT, null, null, null, null, null, null, null, null, null,
                    dc.type().name(), dc.date(), null, null, null, null);
        }
        if (c instanceof Cause.ProjectStart ps) {
            return new DateWhy.Cause(DateWhy.Kind.PROJECT_START, null, null, null, null, null, null, null, null, null, null,
                    ps.date(), null, null, null, null);
        }
        if (c instanceof Cause.StatusDate sd) {
            return new DateWhy.Cause(DateWhy.Kind.STATUS_DATE, null, null, null, null, null, null, null, null, null, null,
                    sd.statusDate(), sd.actualStart(), null, null, sd.remainingMinutes());
        }
        if (c instanceof Cause.Progress p) {
            return new DateWhy.Cause(DateWhy.Kind.PROGRESS, null, null, null, null, null, null, null, null, null, null,
                    p.statusDate(), p.actualStart(), p.actualFinish(), p.percentComplete(), p.remainingMinutes());
        }
        if (c instanceof Cause.ManualDates m) {
            return new DateWhy.Cause(DateWhy.Kind.MANUAL_DATES, null, null, null, null, null, null, null, null, null, null,
                    null, m.start(), m.finish(), null, null);
        }
        if (c instanceof Cause.AsLateAsPossible a) {
            return new DateWhy.Cause(DateWhy.Kind.AS_LATE_AS_POSSIBLE, null, null, null, null, null, null, null, null,
                    null, null, a.lateFinish(), null, null, null, null);
        }
        return new DateWhy.Cause(DateWhy.Kind.NOT_BEFORE, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    private String describe(Cause c) {
        if (c instanceof Cause.DrivingLink l) {
            String lag = l.lag().isZero() ? "" : (l.lag().amount() < 0 ? " with a lead of " : " with a lag of ")
                    + lagText(l.lag());
            String via = l.heldBy() == null ? "" : " (the link is on summary " + ref(l.heldBy()).label() + ")";
            String asks = l.type().name().equals("FS") || l.type().name().equals("SS") ? "start" : "finish";
            String ties = l.alsoDriving().isEmpty() ? "" : "; "
                    + l.alsoDriving().stream().map(id -> ref(id).label()).collect(Collectors.joining(", "))
                    + " asks for the same date";
            return l.type() + " link from " + ref(l.predecessor()).label() + lag + via + ": its "
                    + (l.type().fromFinish() ? "finish " : "start ") + at(l.predecessorDate()) + " lets it " + asks
                    + " no earlier than " + at(l.requiredAt()) + ties;
        }
        if (c instanceof Cause.SummaryChild sc) {
            return (sc.finish() ? "a summary finishes with its last child, " : "a summary starts with its first child, ")
                    + ref(sc.child()).label();
        }
        if (c instanceof Cause.DateConstraint dc) {
            return "its constraint " + dc.type() + " " + at(dc.date());
        }
        if (c instanceof Cause.ProjectStart ps) {
            return "nothing holds it later than the project start " + at(ps.date());
        }
        if (c instanceof Cause.StatusDate sd) {
            return (sd.actualStart() == null ? "" : "started " + at(sd.actualStart()) + "; ") + "its remaining work of "
                    + WorkingDuration.format(sd.remainingMinutes()) + " continues from the status date "
                    + at(sd.statusDate());
        }
        if (c instanceof Cause.Progress p) {
            return p.actualFinish() != null
                    ? "it actually started " + at(p.actualStart()) + " and finished " + at(p.actualFinish())
                    : "it actually started " + at(p.actualStart()) + ", " + Math.round(p.percentComplete())
                            + " % complete, " + WorkingDuration.format(p.remainingMinutes()) + " left"
                            + (p.statusDate() == null ? "" : " as of the status date " + at(p.statusDate()));
        }
        if (c instanceof Cause.ManualDates m) {
            return "it is scheduled by hand from " + at(m.start()) + " to " + at(m.finish());
        }
        if (c instanceof Cause.AsLateAsPossible a) {
            return "as late as possible: held against its successors, finishing by " + at(a.lateFinish());
        }
        return "held back by a not-before time given to the run";
    }

    private String describe(CalendarGap g) {
        return "calendar " + calendar(g.calendarId()).name() + " has no working time from " + at(g.from()) + " to "
                + at(g.to()) + (g.daysOff().isEmpty() ? "" : " (days off: "
                        + g.daysOff().stream().map(LocalDate::toString).collect(Collectors.joining(", ")) + ")");
    }

    private DateWhy.Gap gap(CalendarGap g) {
        return new DateWhy.Gap(g.from(), g.to(), calendar(g.calendarId()), g.daysOff());
    }

    private DateWhy.CalendarRef calendar(String id) {
        WorkCalendar calendar = plan.calendar(id);
        return new DateWhy.CalendarRef(Long.parseLong(id), calendar == null ? id : calendar.name());
    }

    private TaskRef ref(String id) {
        long key = Long.parseLong(id);
        TaskRef ref = refs.get(key);
        // A task deleted between reading the schedule and its names keeps its id as its name.
        return ref != null ? ref : new TaskRef(key, "?", id, TaskKind.TASK);
    }

    private static Long lagMinutes(Lag lag) {
        return lag.unit() == Lag.Unit.PERCENT ? null : Math.round(lag.amount());
    }

    private static String lagText(Lag lag) {
        double amount = Math.abs(lag.amount());
        if (lag.unit() == Lag.Unit.PERCENT) {
            return amount + " % of the predecessor's duration";
        }
        return lag.unit() == Lag.Unit.ELAPSED ? Math.round(amount) + " elapsed minutes"
                : WorkingDuration.format(Math.round(amount));
    }

    static String at(LocalDateTime dateTime) {
        return dateTime == null ? "" : AT.format(dateTime);
    }
}
