package io.linchpin.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.Recurrence;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Schedule;
import io.linchpin.engine.schedule.Scheduler;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinchpinJsonTest {

    @TempDir
    Path dir;

    static Path sample() throws URISyntaxException {
        return Path.of(LinchpinJsonTest.class.getResource("migration.json").toURI());
    }

    @Test
    void readsTheDocumentedExample() throws Exception {
        Plan plan = ProjectFiles.read(sample()).plan();
        assertThat(plan.name()).isEqualTo("Data-centre migration");
        assertThat(plan.timeZone().getId()).isEqualTo("Europe/Berlin");
        assertThat(plan.calendar("standard").hoursOn(LocalDate.of(2025, 4, 18)).isWorking()).isFalse();
        assertThat(plan.task("A").duration()).isEqualTo(3 * 480);
        assertThat(plan.task("A").constraint().type()).isEqualTo(ConstraintType.SNET);
        assertThat(plan.task("A").predecessors().get(0).lag()).isEqualTo(Lag.working(960));
        assertThat(plan.task("C").duration()).isEqualTo(720);
        assertThat(plan.task("C").predecessors().get(0).lag()).isEqualTo(Lag.percent(50));
        assertThat(plan.task("C").predecessors().get(1).type()).isEqualTo(LinkType.FF);
        assertThat(plan.task("C").predecessors().get(1).lag()).isEqualTo(Lag.working(-240));
    }

    @Test
    void schedulesTheExample() throws Exception {
        Schedule s = Scheduler.schedule(ProjectFiles.read(sample()).plan());
        assertThat(s.task("B").earlyFinish()).isEqualTo(LocalDateTime.of(2025, 1, 7, 17, 0));
        // B finishes Tuesday; two days of lag: A starts Friday.
        assertThat(s.task("A").earlyStart()).isEqualTo(LocalDateTime.of(2025, 1, 10, 8, 0));
        assertThat(s.task("A").drivingPredecessors()).containsExactly("B");
        // 50% of A's three days after A's start: Monday noon, so the lunch break ends first.
        assertThat(s.task("C").earlyStart()).isEqualTo(LocalDateTime.of(2025, 1, 13, 13, 0));
        assertThat(s.task("D").earlyStart()).isEqualTo(LocalDateTime.of(2025, 1, 14, 17, 0));
        assertThat(s.task("P").summary()).isTrue();
        assertThat(s.task("P").earlyStart()).isEqualTo(LocalDateTime.of(2025, 1, 6, 8, 0));
        assertThat(s.criticalPath()).containsExactly("B", "A", "C", "D");
    }

    @Test
    void writingAndReadingAgainGivesTheSamePlanAndDates() throws Exception {
        Plan plan = ProjectFiles.read(sample()).plan();
        Path out = dir.resolve("again.json");
        LinchpinJson.write(plan, out);
        Plan again = ProjectFiles.read(out).plan();
        assertThat(Scheduler.schedule(again).tasks()).isEqualTo(Scheduler.schedule(plan).tasks());
        assertThat(again.task("C").predecessors()).isEqualTo(plan.task("C").predecessors());
    }

    @Test
    void recurringExceptionsSurviveJsonAndMspdi() throws Exception {
        WorkCalendar.Builder cal = WorkCalendar.builder("site");
        WorkCalendar standard = WorkCalendar.standard("x");
        for (DayOfWeek d : DayOfWeek.values()) {
            cal.hours(d, standard.weekly(d));
        }
        cal.exception(new CalendarException(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31), WorkingHours.NONE,
                new Recurrence.Yearly(MonthDay.of(1, 8))));
        cal.exception(new CalendarException(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), WorkingHours.ofMinutes(480, 720),
                new Recurrence.Weekly(Set.of(DayOfWeek.FRIDAY), 2)));
        Plan plan = Plan.builder(LocalDateTime.of(2025, 1, 6, 8, 0)).addCalendar(cal.build())
                .addTask(Task.builder("A").duration(10 * 480).build()).build();
        Path json = dir.resolve("recurring.json");
        LinchpinJson.write(plan, json);
        Plan again = ProjectFiles.read(json).plan();
        assertThat(again.calendar("site").exceptions()).isEqualTo(plan.calendar("site").exceptions());
        Schedule expected = Scheduler.schedule(plan);
        // Wednesday 8 January is a holiday and alternate Fridays (from the week of 1 January) are
        // mornings only: ten days end at noon on the 21st.
        assertThat(expected.task("A").earlyFinish()).isEqualTo(LocalDateTime.of(2025, 1, 21, 12, 0));
        Path xml = dir.resolve("recurring.xml");
        ProjectFiles.write(plan, expected, xml, ProjectFormat.MSPDI);
        assertThat(Scheduler.schedule(ProjectFiles.read(xml).plan()).tasks().get(0).earlyFinish()).isEqualTo(expected.task("A").earlyFinish());
    }

    @Test
    void onlyFormatStartAndTasksAreRequired() throws Exception {
        Path f = dir.resolve("min.json");
        Files.writeString(f, "{\"format\":\"linchpin/1\",\"start\":\"2025-01-06T08:00\",\"tasks\":[{\"id\":\"A\",\"name\":\"A\",\"duration\":\"1w\"}]}");
        Schedule s = Scheduler.schedule(ProjectFiles.read(f).plan());
        assertThat(s.task("A").earlyFinish()).isEqualTo(LocalDateTime.of(2025, 1, 10, 17, 0));
    }

    @Test
    void badInputNamesTheFieldAndChangesNothing() throws Exception {
        assertThatThrownBy(() -> read("{\"format\":\"linchpin/1\",\"start\":\"2025-01-06T08:00\",\"tasks\":[{\"id\":\"A\",\"name\":\"A\",\"duration\":\"3x\"}]}"))
                .isInstanceOf(ProjectFileException.class).hasMessageContaining("$.tasks[0].duration").hasMessageContaining("\"3x\"");
        assertThatThrownBy(() -> read("{\"format\":\"linchpin/2\",\"start\":\"2025-01-06T08:00\",\"tasks\":[]}"))
                .hasMessageContaining("$.format");
        assertThatThrownBy(() -> read("{\"format\":\"linchpin/1\",\"start\":\"6 Jan\",\"tasks\":[]}"))
                .hasMessageContaining("$.start").hasMessageContaining("yyyy-MM-ddTHH:mm");
        assertThatThrownBy(() -> read("{\"format\":\"linchpin/1\",\"start\":\"2025-01-06T08:00\",\"tasks\":[{\"id\":\"A\",\"name\":\"A\",\"duration\":\"1d\",\"predecessors\":[{\"task\":\"Z\"}]}]}"))
                .hasMessageContaining("predecessor 'Z' does not exist");
        assertThatThrownBy(() -> read("{not json")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read("{\"format\":\"linchpin/1\",\"start\":\"2025-01-06T08:00\",\"tasks\":[{\"id\":\"A\",\"name\":\"A\",\"duration\":\"1d\",\"physicalPercentComplete\":120}]}"))
                .isInstanceOf(ProjectFileException.class).hasMessageContaining("$.tasks[0].physicalPercentComplete").hasMessageContaining("120");
    }

    @Test
    void physicalPercentCompleteIsKeptOnlyWhenGiven() throws Exception {
        Plan given = read("{\"format\":\"linchpin/1\",\"start\":\"2025-01-06T08:00\",\"tasks\":[{\"id\":\"A\",\"name\":\"A\",\"duration\":\"1d\",\"physicalPercentComplete\":100},"
                + "{\"id\":\"B\",\"name\":\"B\",\"duration\":\"1d\"}]}");
        assertThat(given.task("A").physicalPercentComplete()).isEqualTo(100);
        assertThat(given.task("B").physicalPercentComplete()).isZero();
        Path out = dir.resolve("physical.json");
        ProjectFiles.write(given, Scheduler.schedule(given), out, ProjectFormat.LINCHPIN_JSON);
        String written = Files.readString(out);
        assertThat(written).contains("\"physicalPercentComplete\" : 100.0").containsOnlyOnce("physicalPercentComplete");
        assertThat(ProjectFiles.read(out).plan().task("A").physicalPercentComplete()).isEqualTo(100);
    }

    private Plan read(String json) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        return ProjectFiles.read(f).plan();
    }
}
