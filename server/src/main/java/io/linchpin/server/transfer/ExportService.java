package io.linchpin.server.transfer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.linchpin.files.ProjectFiles;
import io.linchpin.files.ProjectFormat;
import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.projects.PageOf;
import io.linchpin.server.projects.ProjectAccess;
import io.linchpin.server.projects.ProjectRole;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.ProjectView;
import io.linchpin.server.projects.TaskQuery;
import io.linchpin.server.projects.TaskService;
import io.linchpin.server.projects.TaskView;
import io.linchpin.server.projects.UserRef;
import io.linchpin.server.schedule.ScheduleTransfer;
import io.linchpin.server.schedule.ScheduleTransfer.ProjectPlan;

/** A project as a file: MSPDI or XER through the file layer, or CSV, one row per task in WBS order. */
@Service
public class ExportService {

    private static final int PAGE = 1000;
    static final List<String> CSV_COLUMNS = List.of("Outline number", "Name", "Kind", "Duration", "Duration minutes",
            "Start", "Finish", "Total float minutes", "Critical", "Status", "Assignees", "Percent complete",
            "Committed finish");

    private final ProjectAccess access;
    private final ProjectService projects;
    private final TaskService tasks;
    private final ScheduleTransfer schedule;

    ExportService(ProjectAccess access, ProjectService projects, TaskService tasks, ScheduleTransfer schedule) {
        this.access = access;
        this.projects = projects;
        this.tasks = tasks;
        this.schedule = schedule;
    }

    /** A file to download. */
    public record Export(String fileName, String contentType, byte[] content) {
    }

    /**
     * The project in {@code format}: {@code mspdi}, {@code xer} or {@code csv}.
     *
     * @throws InvalidInputException naming the format when it is none of those
     */
    @Transactional(readOnly = true)
    public Export export(LinchpinUser user, long projectId, String format) {
        access.require(projectId, user, ProjectRole.VIEWER);
        ProjectView project = projects.get(projectId, user);
        String base = project.code();
        switch (format == null ? "" : format.toLowerCase(Locale.ROOT)) {
            case "csv":
                return new Export(base + ".csv", "text/csv; charset=UTF-8", csv(user, projectId));
            case "mspdi":
                return new Export(base + ".xml", "application/xml", file(projectId, ProjectFormat.MSPDI));
            case "xer":
                return new Export(base + ".xer", "application/octet-stream", file(projectId, ProjectFormat.XER));
            default:
                throw new InvalidInputException("format", "export writes mspdi, xer or csv; got '" + format + "'");
        }
    }

    private byte[] file(long projectId, ProjectFormat format) {
        ProjectPlan plan = schedule.plan(projectId);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("linchpin-export");
            Path file = dir.resolve("export." + format.extension());
            ProjectFiles.write(plan.plan(), plan.schedule(), file, format);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // A leftover temporary file is harmless; the download matters more.
                }
            }
        }
    }

    private byte[] csv(LinchpinUser user, long projectId) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new)).get())) {
            for (int page = 0;; page++) {
                PageOf<TaskView> rows = tasks.list(projectId, user,
                        new TaskQuery(null, null, null, null, null, null, null, "wbs", page, PAGE));
                for (TaskView t : rows.items()) {
                    TaskView.ScheduledDates s = t.schedule();
                    csv.printRecord(t.outlineNumber(), t.name(), t.kind(), t.duration(), t.durationMinutes(),
                            s == null ? null : s.start(), s == null ? null : s.finish(),
                            s == null ? null : s.totalFloatMinutes(), s != null && s.critical(), t.status().name(),
                            t.assignees().stream().map(UserRef::displayName).collect(Collectors.joining("; ")),
                            t.percentComplete(), t.committedFinish());
                }
                if (rows.items().size() < PAGE) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
