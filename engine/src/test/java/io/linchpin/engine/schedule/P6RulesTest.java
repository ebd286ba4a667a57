package io.linchpin.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.RuleSet;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.leveling.Cases;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * P6 behaviours read off the oracle file {@code primavera/sp10-cost-loaded.xer}, each on a small
 * plan with the two calendars that file uses: "5d" (Monday to Friday, 08:00-12:00 and
 * 13:00-17:00) and "7d" (every day 08:00-16:00), and its data date, Saturday 2017-09-16 00:00.
 * The expected dates are those P6 stored for the activity named in each test.
 */
class P6RulesTest {

    private static final int DAY = 480;
    private static final LocalDateTime DATA_DATE = at("2017-09-16T00:00");

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    private static Plan.Builder plan(LocalDateTime start) {
        WorkCalendar.Builder sevenDays = WorkCalendar.builder("7d");
        for (DayOfWeek d : DayOfWeek.values()) {
            sevenDays.hours(d, WorkingHours.ofMinutes(480, 960));
        }
        return Plan.builder(start).rules(RuleSet.P6).statusDate(DATA_DATE).addCalendar(WorkCalendar.standard("5d"))
                .addCalendar(sevenDays.build()).calendar("5d");
    }

    private static Task.Builder done(String id, String calendar, String start, String finish) {
        return Task.builder(id).calendar(calendar).duration(DAY).actualStart(at(start)).actualFinish(at(finish)).percentComplete(100);
    }

    /**
     * A finished activity's (empty) remainder ends at the data date itself, so a successor on a
     * 7-day calendar starts Saturday 08:00 (PWP02-5560 after the finished PWP03-3270). When a
     * predecessor that is not finished holds the remainder, it ends where that predecessor's
     * requirement starts on the finished activity's own calendar, Monday 08:00, even for a finish
     * milestone, and the 7-day successor waits for Monday (PWP01-7320 after the finished
     * milestone 7310, held by the in-progress 7340 with no remaining work).
     */
    @Test
    void aFinishedPredecessorsSuccessorsWaitForItsRemainderFromTheDataDate() {
        Plan p = plan(at("2017-09-11T08:00"))
                .addTask(done("A", "5d", "2017-09-11T08:00", "2017-09-11T17:00").build())
                .addTask(Task.builder("B").calendar("7d").duration(DAY).predecessor(Link.fs("A")).build())
                .addTask(Task.builder("C").calendar("5d").duration(5 * DAY).actualStart(at("2017-09-11T08:00")).remainingDuration(0).build())
                .addTask(done("D", "5d", "2017-09-15T16:00", "2017-09-15T16:00").duration(0).milestone(true).predecessor(Link.fs("C")).build())
                .addTask(Task.builder("E").calendar("7d").duration(DAY).predecessor(Link.fs("D")).build())
                .build();
        Schedule s = Scheduler.schedule(p);

        assertThat(s.task("A").earlyFinish()).isEqualTo(DATA_DATE);
        assertThat(s.task("B").earlyStart()).isEqualTo(at("2017-09-16T08:00"));
        assertThat(s.task("D").earlyFinish()).isEqualTo(at("2017-09-18T08:00"));
        assertThat(s.task("E").earlyStart()).isEqualTo(at("2017-09-18T08:00"));
        assertThat(s.task("E").earlyFinish()).isEqualTo(at("2017-09-18T16:00"));
    }

    /**
     * A finished activity keeps as its late dates the instant its successors ask for, unmoved by
     * its own calendar, and passes it on. Friday 16:00, the end of a 7-day calendar's Friday,
     * reaches a finished activity on the 5-day calendar as Friday 16:00, one working hour before
     * its day ends (PWP01-4040 before the finished 4050). Monday 08:00, the late start of an
     * unstarted 7-day activity, reaches a finished 7-day activity through a finished 5-day one as
     * Monday 08:00, not Sunday 16:00 (PWP01-140 through 150 and 160 to 170).
     */
    @Test
    void aFinishedActivityKeepsTheLateInstantItsSuccessorsAskFor() {
        Plan p = plan(at("2017-07-03T08:00"))
                .addTask(done("A", "5d", "2017-07-03T08:00", "2017-07-03T17:00").build())
                .addTask(done("B", "7d", "2017-07-04T08:00", "2017-07-04T16:00").predecessor(Link.fs("A")).build())
                .addTask(Task.builder("C").calendar("7d").duration(0).milestone(true).predecessor(Link.fs("B"))
                        .constraint(Constraint.of(ConstraintType.FNLT, at("2017-07-28T16:00"))).build())
                .addTask(done("X", "7d", "2017-07-03T08:00", "2017-07-03T16:00").build())
                .addTask(done("Y", "5d", "2017-07-04T08:00", "2017-07-04T17:00").predecessor(Link.fs("X")).build())
                .addTask(Task.builder("Z").calendar("7d").duration(DAY).predecessor(Link.fs("Y"))
                        .constraint(Constraint.of(ConstraintType.FNLT, at("2017-07-31T16:00"))).build())
                .build();
        Schedule s = Scheduler.schedule(p);

        assertThat(s.task("C").lateFinish()).isEqualTo(at("2017-07-28T16:00"));
        assertThat(s.task("B").lateFinish()).isEqualTo(at("2017-07-28T16:00"));
        assertThat(s.task("A").lateStart()).isEqualTo(at("2017-07-28T16:00"));
        assertThat(s.task("A").lateFinish()).isEqualTo(at("2017-07-28T16:00"));
        assertThat(s.task("Z").lateStart()).isEqualTo(at("2017-07-31T08:00"));
        assertThat(s.task("Y").lateFinish()).isEqualTo(at("2017-07-31T08:00"));
        assertThat(s.task("X").lateStart()).isEqualTo(at("2017-07-31T08:00"));
        assertThat(s.task("X").lateFinish()).isEqualTo(at("2017-07-31T08:00"));
        assertThat(s.task("X").totalFloatMinutes()).isZero();
    }

    /**
     * A successor of a finished activity waits for the actual finish plus the whole lag, but only
     * the part of the lag still to run after the data date holds the finished activity's late
     * dates (KM-CM-1010: finished 2016-11-17, a 259-day lag to KM-CM-1020, which starts
     * 2017-11-16 and may start as late as 2018-01-12; P6 gives 1010 the late finish its other
     * successor asks for, 2017-01-24, not the 2017-01-13 the whole lag would).
     */
    @Test
    void onlyWhatIsLeftOfALagFromAFinishedActivityHoldsItsLateDates() {
        Plan p = plan(at("2016-11-17T08:00"))
                .addTask(done("A", "5d", "2016-11-17T08:00", "2016-11-17T17:00").build())
                .addTask(Task.builder("B").duration(DAY).predecessor(Link.of("A", LinkType.FS, Lag.working(259 * DAY)))
                        .constraint(Constraint.of(ConstraintType.FNLT, at("2018-01-12T17:00"))).build())
                .addTask(Task.builder("C").duration(DAY).predecessor(Link.fs("A"))
                        .constraint(Constraint.of(ConstraintType.FNLT, at("2017-01-24T17:00"))).build())
                .addTask(Task.builder("D").duration(150 * DAY).build())
                .build();
        Schedule s = Scheduler.schedule(p);

        assertThat(s.task("B").earlyStart()).isEqualTo(at("2017-11-16T08:00"));
        assertThat(s.task("B").lateStart()).isEqualTo(at("2018-01-12T08:00"));
        assertThat(s.task("C").lateStart()).isEqualTo(at("2017-01-24T08:00"));
        assertThat(s.task("A").lateFinish()).isEqualTo(at("2017-01-24T08:00"));
    }

    /**
     * An activity whose late finish a finish-to-finish link from another calendar sets shows that
     * late finish, but P6 places its late start as if the finish were read by the work into its
     * day, as its first pass reads it: Friday 16:00, the end of a 7-day Friday, is a whole day's
     * work, so the end of Friday (17:00) on the 5-day calendar. PWP09-7120 (48 days) finishes with
     * the 7-day PWP09-7410, whose late finish is 2018-09-07 16:00: its late finish is that instant
     * and its late start 2018-07-04 08:00, one working hour later than 48 days back from it; its
     * start-to-start predecessor PWP09-7360 (13 days) follows, late finish 2018-07-20 17:00.
     */
    @Test
    void aFinishToFinishLinkFromAnotherCalendarPlacesTheLateStartByTheWorkIntoTheDay() {
        Plan p = plan(at("2018-06-20T08:00"))
                .addTask(Task.builder("P").duration(13 * DAY).build())
                .addTask(Task.builder("A").duration(48 * DAY).predecessor(Link.of("P", LinkType.SS, Lag.NONE)).build())
                .addTask(Task.builder("B").calendar("7d").duration(14 * DAY).predecessor(Link.of("A", LinkType.FF, Lag.NONE))
                        .constraint(Constraint.of(ConstraintType.FNLT, at("2018-09-07T16:00"))).build())
                .addTask(Task.builder("L").duration(80 * DAY).build())
                .build();
        Schedule s = Scheduler.schedule(p);

        assertThat(s.task("A").lateFinish()).isEqualTo(at("2018-09-07T16:00"));
        assertThat(s.task("A").lateStart()).isEqualTo(at("2018-07-04T08:00"));
        assertThat(s.task("P").lateStart()).isEqualTo(at("2018-07-04T08:00"));
        assertThat(s.task("P").lateFinish()).isEqualTo(at("2018-07-20T17:00"));
    }

    /**
     * A random P6 plan with progress on the two calendars: finished and started activities before
     * the data date, links only to earlier activities (no cycle), out-of-sequence progress allowed.
     */
    static Plan randomPlanWithProgress(long seed) {
        Random r = new Random(seed);
        Plan.Builder plan = plan(at("2017-08-07T08:00"));
        int n = 2 + r.nextInt(30);
        for (int i = 0; i < n; i++) {
            boolean milestone = r.nextInt(5) == 0;
            Task.Builder t = Task.builder("T" + i).calendar(r.nextBoolean() ? "5d" : "7d").duration(milestone ? 0 : 60 * (1 + r.nextInt(40)))
                    .milestone(milestone);
            int progress = r.nextInt(4);
            LocalDateTime actualStart = at("2017-08-07T08:00").plusDays(r.nextInt(30));
            if (progress == 1) {
                t.actualStart(actualStart).remainingDuration(60 * r.nextInt(20));
            } else if (progress == 2) {
                t.actualStart(actualStart).actualFinish(actualStart.plusHours(milestone ? 0 : 1 + r.nextInt(5))).percentComplete(100);
            }
            int links = i == 0 ? 0 : r.nextInt(3);
            for (int k = 0; k < links; k++) {
                LinkType type = LinkType.values()[r.nextInt(4)];
                int lag = r.nextInt(3) == 0 ? 60 * (r.nextInt(17) - 4) : 0;
                t.predecessor(Link.of("T" + r.nextInt(i), type, Lag.working(lag)));
            }
            plan.addTask(t.build());
        }
        return plan.build();
    }

    /**
     * A re-run after a change gives what a full run gives, with finished activities whose late
     * instants and remainders depend on their neighbours: the re-run must visit every task such a
     * change reaches even where its position stays the same.
     */
    @Test
    void aRerunWithProgressEqualsAFullRun() {
        Cases.check(300, seed -> SchedulePropertiesTest.rerunsEqualFullRuns(ScheduleNetwork.compile(randomPlanWithProgress(seed)), seed));
    }

    /**
     * A change that moves a late instant a finished activity keeps without moving its position
     * (Monday 08:00 and Saturday 08:00 are the same position on the 5-day calendar) still reaches
     * the finished activity before it on the 7-day calendar, where they differ.
     */
    @Test
    void aRerunCarriesAMovedLateInstantThroughAFinishedActivity() {
        Plan p = plan(at("2017-07-03T08:00"))
                .addTask(done("X", "7d", "2017-07-03T08:00", "2017-07-03T16:00").build())
                .addTask(done("Y", "5d", "2017-07-04T08:00", "2017-07-04T17:00").predecessor(Link.fs("X")).build())
                .addTask(Task.builder("Z").calendar("7d").duration(DAY).predecessor(Link.fs("Y")).build())
                .addTask(Task.builder("W").calendar("7d").duration(DAY).predecessor(Link.fs("Z"))
                        .constraint(Constraint.of(ConstraintType.FNLT, at("2017-08-01T16:00"))).build())
                .addTask(Task.builder("L").duration(150 * DAY).build())
                .build();
        ScheduleNetwork net = ScheduleNetwork.compile(p);
        int x = net.indexOf("X");
        Workspace[] after = rerunAndFullRun(net, "W", 3 * DAY,
                first -> assertThat(net.timeline().dateTimeOf(first.lateFinish(x))).isEqualTo(at("2017-07-31T08:00")));
        assertThat(net.timeline().dateTimeOf(after[1].lateFinish(x))).isEqualTo(at("2017-07-29T08:00"));
        assertThat(after[0].lateFinish(x)).isEqualTo(after[1].lateFinish(x));
    }

    /**
     * Runs the network, lets {@code first} check that run, changes {@code task}'s duration and
     * returns the workspace re-run from it and one run in full with the change.
     */
    private static Workspace[] rerunAndFullRun(ScheduleNetwork net, String task, int minutes, Consumer<Workspace> first) {
        Workspace incremental = net.newWorkspace();
        Workspace full = net.newWorkspace();
        int[] durations = net.durations();
        net.run(durations, null, incremental);
        first.accept(incremental);
        durations[net.indexOf(task)] = minutes;
        net.rerun(durations, net.indexOf(task), incremental);
        net.run(durations, null, full);
        return new Workspace[] {incremental, full};
    }

    /**
     * A change that moves what holds a finished activity's remainder (the data date or a link)
     * without moving its position (Friday 17:00 and Monday 08:00 are one position on the 5-day
     * calendar) still reaches its successor on the 7-day calendar, which then starts Saturday
     * instead of Monday.
     */
    @Test
    void aRerunCarriesAMovedRemainderThroughAFinishedActivity() {
        Plan p = plan(at("2017-09-11T08:00"))
                .addTask(Task.builder("C").calendar("5d").duration(DAY).build())
                .addTask(done("D", "5d", "2017-09-11T08:00", "2017-09-11T17:00").predecessor(Link.of("C", LinkType.FS, Lag.working(-DAY))).build())
                .addTask(Task.builder("E").calendar("7d").duration(DAY).predecessor(Link.fs("D")).build())
                .build();
        ScheduleNetwork net = ScheduleNetwork.compile(p);
        int e = net.indexOf("E");
        Workspace[] after = rerunAndFullRun(net, "C", DAY / 2,
                first -> assertThat(net.timeline().dateTimeOf(first.earlyStart(e))).isEqualTo(at("2017-09-18T08:00")));
        assertThat(net.timeline().dateTimeOf(after[1].earlyStart(e))).isEqualTo(at("2017-09-16T08:00"));
        assertThat(after[0].earlyStart(e)).isEqualTo(after[1].earlyStart(e));
    }

    /**
     * P6 keeps for an as-late-as-possible activity it does not move the float of a first pass whose
     * readings differ from the final one (PWP02-11840 after the in-progress PWP02-11780, 100 %
     * physical complete). In that pass the started A, at 100 % physical, ends at the data date;
     * the 7-day C reads the finish of its 5-day predecessor as the start of the next work on the
     * 5-day calendar, Monday 08:00; D's finish-on date, Tuesday 16:00, is eight hours into the
     * day on the project calendar (08:00-16:00), so Tuesday 17:00 on the 5-day calendar; and C
     * reads D's late start, Wednesday 08:00, as no work into Wednesday, the end of Tuesday on the
     * 7-day calendar. C's float is Tuesday 16:00 - Sunday 16:00, two days, where its dates give
     * minus two; at 0 % physical A keeps its remaining work and C its minus two days.
     */
    @Test
    void anAlapActivityNotMovedKeepsTheFloatOfTheFirstPass() {
        for (double physical : new double[] {100, 0}) {
            WorkCalendar.Builder project = WorkCalendar.builder("project");
            for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                project.hours(d, WorkingHours.ofMinutes(480, 960));
            }
            Plan p = plan(at("2017-07-05T08:00")).addCalendar(project.build()).calendar("project")
                    .addTask(Task.builder("A").calendar("5d").duration(45 * DAY).actualStart(at("2017-07-05T08:00")).remainingDuration(31 * 60)
                            .physicalPercentComplete(physical).build())
                    .addTask(Task.builder("B").calendar("5d").duration(0).milestone(true).predecessor(Link.fs("A")).build())
                    .addTask(Task.builder("C").calendar("7d").duration(14 * DAY).constraint(Constraint.of(ConstraintType.ALAP, null))
                            .predecessor(Link.fs("B")).build())
                    .addTask(Task.builder("D").calendar("5d").duration(5 * DAY).constraint(Constraint.of(ConstraintType.FINISH_ON, at("2017-10-10T16:00")))
                            .predecessor(Link.fs("C")).build())
                    .build();
            Schedule s = Scheduler.schedule(p);

            assertThat(s.task("C").earlyStart()).as("physical %s", physical).isEqualTo(at("2017-09-22T08:00"));
            assertThat(s.task("C").earlyFinish()).isEqualTo(at("2017-10-05T16:00"));
            assertThat(s.task("C").lateFinish()).isEqualTo(at("2017-10-03T16:00"));
            assertThat(s.task("D").lateFinish()).isEqualTo(at("2017-10-10T16:00"));
            assertThat(s.task("D").totalFloatMinutes()).isEqualTo(-2 * DAY);
            assertThat(s.task("C").totalFloatMinutes()).as("physical %s", physical).isEqualTo(physical == 100 ? 2 * DAY : -2 * DAY);
        }
    }
}
