package io.linchpin.engine.resource;

import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.TaskSchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Demand, capacity and over-allocation of every resource of a plan, period by period, for a
 * schedule of that plan (unleveled or leveled): the data of a resource histogram.
 *
 * <pre>{@code
 * ResourceHistogram h = ResourceHistogram.of(plan, schedule, ResourceHistogram.Bucket.WEEK);
 * for (LoadPeriod p : h.resource("ELEC").periods()) {
 *     p.from(); p.demand(); p.capacity(); p.peakUnits(); p.overAllocated();
 * }
 * }</pre>
 *
 * A task holds the units of its assignments while it works: from its start to its finish, in the
 * working time of its own calendar (around the clock for an elapsed duration); a started task whose
 * remaining work waits past the status date (P6's rules, or a leveling delay) holds nothing from
 * the status date to the remaining work's start. A work resource has its max units while its
 * calendar works, and a task holds it only then, as an MS Project assignment follows its
 * resource's calendar: a half-day person on a full-day task works on it in the morning only.
 * Everything is measured exactly, minute by minute
 * between the instants where a calendar or a task changes; units are summed as whole millionths, so
 * that a tenth, a fifth and seven tenths of a person make exactly one person.
 */
public final class ResourceHistogram {

    /** The length of a histogram period. */
    public enum Bucket {
        DAY, WEEK,
        /** Calendar months. */
        MONTH
    }

    /** Units are summed as whole millionths. */
    static final long MICRO = 1_000_000;

    private final List<ResourceLoad> loads;
    private final Map<String, ResourceLoad> byId = new HashMap<>();

    private ResourceHistogram(List<ResourceLoad> loads) {
        this.loads = List.copyOf(loads);
        for (ResourceLoad l : loads) {
            byId.put(l.resource().id(), l);
        }
    }

    /**
     * The histogram of a schedule of {@code plan}, every resource over the same periods: from the
     * bucket holding the schedule's start (or the first assignment's) to the one holding its
     * finish (or the last assignment's), each bucket whole.
     */
    public static ResourceHistogram of(Plan plan, Schedule schedule, Bucket bucket) {
        return new Builder(plan, schedule, bucket).build();
    }

    /** Every resource of the plan, in the plan's order. */
    public List<ResourceLoad> resources() {
        return loads;
    }

    /** One resource's load, or {@code null} if the plan has no such resource. */
    public ResourceLoad resource(String id) {
        return byId.get(id);
    }

    static long micro(double units) {
        return Math.round(units * MICRO);
    }

    /** One assignment as the histogram sees it: when its task works, and how much it holds. */
    private record Use(LocalDateTime start, LocalDateTime finish, DayHours hours, long units) {
    }

    private static final class Builder {
        private final Plan plan;
        private final Bucket bucket;
        private final Map<String, List<Use>> uses = new HashMap<>();
        private final Map<String, DayHours> hoursByCalendar = new HashMap<>();
        private final LocalDate first;
        private final LocalDate last;
        private final List<LocalDate> bounds = new ArrayList<>();

        Builder(Plan plan, Schedule schedule, Bucket bucket) {
            this.plan = plan;
            this.bucket = bucket;
            LocalDateTime from = schedule.start();
            LocalDateTime to = schedule.finish();
            List<Assignment> working = new ArrayList<>();
            for (Assignment a : plan.assignments()) {
                TaskSchedule t = schedule.task(a.task());
                if (t != null && t.finish().isAfter(t.start())) {
                    from = t.start().isBefore(from) ? t.start() : from;
                    to = t.finish().isAfter(to) ? t.finish() : to;
                    working.add(a);
                }
            }
            LocalDate b = bucketStart(from.toLocalDate());
            while (!b.isAfter(to.toLocalDate())) {
                bounds.add(b);
                b = next(b);
            }
            bounds.add(b);
            first = bounds.get(0);
            last = b.minusDays(1);
            for (Assignment a : working) {
                TaskSchedule t = schedule.task(a.task());
                Task task = plan.task(a.task());
                DayHours hours = task.elapsed() ? null : hours(task.calendar());
                List<Use> list = uses.computeIfAbsent(a.resource(), k -> new ArrayList<>());
                LocalDateTime resume = t.earlyStart();
                if (task.actualStart() != null && task.actualFinish() == null && resume.isAfter(t.start())) {
                    LocalDateTime done = plan.statusDate() != null && plan.statusDate().isBefore(resume) ? plan.statusDate() : resume;
                    list.add(new Use(t.start(), done, hours, micro(a.units())));
                    list.add(new Use(resume, t.finish(), hours, micro(a.units())));
                } else {
                    list.add(new Use(t.start(), t.finish(), hours, micro(a.units())));
                }
            }
        }

        ResourceHistogram build() {
            List<ResourceLoad> loads = new ArrayList<>();
            for (Resource r : plan.resources()) {
                loads.add(load(r));
            }
            return new ResourceHistogram(loads);
        }

        private DayHours hours(String calendarId) {
            String id = calendarId == null ? plan.calendarId() : calendarId;
            return hoursByCalendar.computeIfAbsent(id, k -> new DayHours(plan.calendar(k), first, last));
        }

        private LocalDate bucketStart(LocalDate d) {
            switch (bucket) {
                case WEEK:
                    return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH:
                    return d.withDayOfMonth(1);
                default:
                    return d;
            }
        }

        private LocalDate next(LocalDate d) {
            switch (bucket) {
                case WEEK:
                    return d.plusWeeks(1);
                case MONTH:
                    return d.plusMonths(1);
                default:
                    return d.plusDays(1);
            }
        }

        private ResourceLoad load(Resource r) {
            int periods = bounds.size() - 1;
            long[] demand = new long[periods];
            long[] capacity = new long[periods];
            long[] peak = new long[periods];
            long[] over = new long[periods];
            List<Use> list = new ArrayList<>(uses.getOrDefault(r.id(), List.of()));
            list.sort(Comparator.comparing(Use::start));
            boolean work = r.isWork();
            long max = work ? micro(r.maxUnits()) : 0;
            DayHours own = work ? hours(r.calendar()) : null;
            List<Use> active = new ArrayList<>();
            int next = 0;
            int period = 0;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                while (!bounds.get(period + 1).isAfter(day)) {
                    period++;
                }
                LocalDateTime dayStart = day.atStartOfDay();
                LocalDateTime dayEnd = dayStart.plusDays(1);
                while (next < list.size() && list.get(next).start().isBefore(dayEnd)) {
                    active.add(list.get(next++));
                }
                active.removeIf(u -> !u.finish().isAfter(dayStart));
                WorkingHours ownHours = own == null ? WorkingHours.NONE : own.on(day);
                TreeSet<Integer> cuts = new TreeSet<>(List.of(0, 1440));
                addCuts(cuts, ownHours);
                for (Use u : active) {
                    addCuts(cuts, u.hours() == null ? WorkingHours.ALL_DAY : u.hours().on(day));
                    cutAt(cuts, dayStart, u.start());
                    cutAt(cuts, dayStart, u.finish());
                }
                Integer a = cuts.first();
                for (Integer b : cuts.tailSet(a, false)) {
                    LocalDateTime at = dayStart.plusMinutes(a);
                    boolean onDuty = !work || works(ownHours, a);
                    long held = 0;
                    for (Use u : active) {
                        WorkingHours h = u.hours() == null ? WorkingHours.ALL_DAY : u.hours().on(day);
                        if (onDuty && !u.start().isAfter(at) && u.finish().isAfter(at) && works(h, a)) {
                            held += u.units();
                        }
                    }
                    long has = work && onDuty ? max : 0;
                    long minutes = b - a;
                    demand[period] += held * minutes;
                    capacity[period] += has * minutes;
                    peak[period] = Math.max(peak[period], held);
                    if (work && held > has) {
                        over[period] += (held - has) * minutes;
                    }
                    a = b;
                }
            }
            List<LoadPeriod> out = new ArrayList<>(periods);
            for (int p = 0; p < periods; p++) {
                out.add(new LoadPeriod(bounds.get(p).atStartOfDay(), bounds.get(p + 1).atStartOfDay(),
                        demand[p] / (double) MICRO, capacity[p] / (double) MICRO, peak[p] / (double) MICRO,
                        over[p] / (double) MICRO));
            }
            return new ResourceLoad(r, out);
        }

        private static void addCuts(TreeSet<Integer> cuts, WorkingHours h) {
            for (int i = 0; i < h.intervals(); i++) {
                cuts.add(h.from(i));
                cuts.add(h.to(i));
            }
        }

        private static void cutAt(TreeSet<Integer> cuts, LocalDateTime dayStart, LocalDateTime instant) {
            long minute = java.time.Duration.between(dayStart, instant).toMinutes();
            if (minute > 0 && minute < 1440) {
                cuts.add((int) minute);
            }
        }

        private static boolean works(WorkingHours h, int minute) {
            for (int i = 0; i < h.intervals(); i++) {
                if (minute >= h.from(i) && minute < h.to(i)) {
                    return true;
                }
            }
            return false;
        }
    }
}
