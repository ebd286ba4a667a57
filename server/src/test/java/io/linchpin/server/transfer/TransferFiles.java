package io.linchpin.server.transfer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.linchpin.engine.calendar.CalendarException;
import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.plan.Constraint;
import io.linchpin.engine.plan.ConstraintType;
import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Scheduler;
import io.linchpin.files.ProjectFiles;
import io.linchpin.files.ProjectFormat;
import io.linchpin.server.TestApi.Answer;
import io.linchpin.server.identity.LinchpinUser;
import tools.jackson.databind.json.JsonMapper;

/** Project files for the transfer tests, written by the engine and the file layer, and uploads of them. */
final class TransferFiles {

    private TransferFiles() {
    }

    /**
     * A small plan with what an import must carry: a WBS with a summary, durations, a milestone
     * with a deadline, FS/SS/FF links with lags, a second calendar with a holiday, a constraint
     * and progress.
     */
    static Plan sample(String name) {
        WorkCalendar.Builder week = WorkCalendar.builder("Standard").name("Standard");
        for (DayOfWeek day : DayOfWeek.values()) {
            week.hours(day, day.getValue() <= 5 ? WorkingHours.parse(List.of("08:00-12:00", "13:00-17:00")) : WorkingHours.NONE);
        }
        WorkCalendar standard = week
                .exception(CalendarException.of(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 6), WorkingHours.NONE))
                .build();
        WorkCalendar night = WorkCalendar.builder("Night shift").name("Night shift")
                .hours(DayOfWeek.MONDAY, WorkingHours.parse(List.of("20:00-24:00")))
                .hours(DayOfWeek.TUESDAY, WorkingHours.parse(List.of("20:00-24:00")))
                .hours(DayOfWeek.WEDNESDAY, WorkingHours.parse(List.of("20:00-24:00")))
                .hours(DayOfWeek.THURSDAY, WorkingHours.parse(List.of("20:00-24:00")))
                .hours(DayOfWeek.FRIDAY, WorkingHours.parse(List.of("20:00-24:00")))
                .minutesPerDay(240).minutesPerWeek(1200).build();
        List<Task> tasks = new ArrayList<>();
        tasks.add(Task.builder("1").uniqueId(1L).name("Design, \"phase\" one").build());
        tasks.add(Task.builder("2").uniqueId(2L).name("Specify").parent("1").duration(3 * 480)
                .actualStart(LocalDateTime.of(2026, 3, 2, 8, 0)).percentComplete(50).build());
        tasks.add(Task.builder("3").uniqueId(3L).name("Review").parent("1").duration(480)
                .predecessor(Link.of("2", LinkType.FS, Lag.working(240))).build());
        tasks.add(Task.builder("4").uniqueId(4L).name("Build").duration(5 * 480)
                .predecessor(Link.of("3", LinkType.SS, Lag.working(480)))
                .constraint(Constraint.of(ConstraintType.SNET, LocalDateTime.of(2026, 3, 10, 8, 0))).build());
        tasks.add(Task.builder("5").uniqueId(5L).name("Night migration").duration(480).calendar("Night shift")
                .predecessor(Link.of("4", LinkType.FF, Lag.NONE)).build());
        tasks.add(Task.builder("6").uniqueId(6L).name("Go live").milestone(true).duration(0)
                .deadline(LocalDateTime.of(2026, 4, 1, 0, 0)).predecessor(Link.fs("5")).build());
        return Plan.builder(LocalDateTime.of(2026, 3, 2, 8, 0)).name(name).calendar("Standard").addCalendar(standard)
                .addCalendar(night).tasks(tasks).build();
    }

    /** The plan as a file of the format, in a temporary directory. */
    static Path write(Plan plan, ProjectFormat format) {
        try {
            Path file = Files.createTempDirectory("transfer-test").resolve("plan." + format.extension());
            ProjectFiles.write(plan, Scheduler.schedule(plan), file, format);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer upload(MockMvc mvc, JsonMapper json, LinchpinUser who, String path, String fileName, byte[] content,
            Map<String, String> params) {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(path)
                .file(new MockMultipartFile("file", fileName, MediaType.APPLICATION_OCTET_STREAM_VALUE, content));
        params.forEach(request::param);
        request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON).with(csrf());
        if (who != null) {
            request.with(user(who));
        }
        try {
            MvcResult result = mvc.perform(request).andReturn();
            return new Answer(result.getResponse().getStatus(), result.getResponse().getContentAsString(),
                    result.getResponse().getHeader("ETag"), result.getResponse().getContentType(), json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
