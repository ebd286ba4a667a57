package io.linchpin.server.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.plan.InvalidPlanException;
import io.linchpin.files.ImportedPlan;
import io.linchpin.files.ProjectFileException;
import io.linchpin.files.ProjectFiles;
import io.linchpin.files.ProjectFormat;
import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.platform.InvalidInputException;
import io.linchpin.server.projects.ProjectDraft;
import io.linchpin.server.projects.ProjectService;
import io.linchpin.server.projects.ProjectView;
import io.linchpin.server.projects.TaskImports;
import io.linchpin.server.projects.TaskImports.ImportedTask;
import io.linchpin.server.projects.TaskImports.StoredTask;
import io.linchpin.server.projects.TaskKind;
import io.linchpin.server.schedule.ScheduleTransfer;
import io.linchpin.server.schedule.ScheduleTransfer.TransferLink;
import io.linchpin.server.transfer.ImportedTaskStore.Origin;
import io.linchpin.server.transfer.PlanMapping.MappedLink;
import io.linchpin.server.transfer.PlanMapping.MappedTask;

/**
 * Imports a project file as a new project or as an update of one, in one transaction: any
 * problem leaves the database as it was, and a dry run does all the work, reports it and rolls it
 * back.
 */
@Service
public class ImportService {

    /** The formats an import reads. */
    static final Set<ProjectFormat> READABLE = Set.of(ProjectFormat.MPP, ProjectFormat.MSPDI, ProjectFormat.MPX,
            ProjectFormat.XER, ProjectFormat.PMXML, ProjectFormat.GANTTPROJECT, ProjectFormat.PLANNER);

    private final ProjectService projects;
    private final TaskImports tasks;
    private final ScheduleTransfer schedule;
    private final ImportedTaskStore origins;
    private final TransferSettings settings;
    private final TransactionTemplate transaction;

    ImportService(ProjectService projects, TaskImports tasks, ScheduleTransfer schedule, ImportedTaskStore origins,
            TransferSettings settings, PlatformTransactionManager transactions) {
        this.projects = projects;
        this.tasks = tasks;
        this.schedule = schedule;
        this.origins = origins;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * What to do with a file. For a new project: its code (from the file name when absent), name
     * (the file's project name or file name when absent), time zone (UTC when absent) and currency
     * (EUR when absent). For an update: whether tasks the file no longer has are removed, and
     * whether tasks changed in Linchpin since the last import are overwritten by the file.
     */
    public record ImportOptions(String code, String name, String timeZone, String currency, boolean dryRun,
            boolean removeMissing, boolean overwriteChanged) {
    }

    /**
     * Reads the file and creates a project from it.
     *
     * @throws InvalidInputException (422) naming the file and the problem when it cannot be read
     */
    public ImportReport importNew(LinchpinUser user, String fileName, byte[] content, ImportOptions options) {
        ImportedPlan file = read(fileName, content);
        PlanMapping mapping = map(fileName, file);
        return transaction.execute(status -> {
            String name = options.name() != null && !options.name().isBlank() ? options.name()
                    : file.plan().name() != null && !file.plan().name().isBlank() ? file.plan().name() : baseName(fileName);
            String code = options.code() != null && !options.code().isBlank() ? options.code() : code(fileName);
            ProjectView project = projects.create(user, new ProjectDraft(code, name.length() > 200 ? name.substring(0, 200) : name,
                    "Imported from " + fileName, null, zone(options, file), options.currency() == null ? "EUR"
                            : options.currency(), null, file.plan().start().toLocalDate(), null));
            tasks.requireImport(project.id(), user);
            Map<String, Long> calendars = calendars(project.id(), mapping);
            List<ImportedTask> created = new ArrayList<>(mapping.tasks().size());
            for (MappedTask t : mapping.tasks()) {
                created.add(t.imported(null, t.parent() < 0 ? null : t.parent(), calendars));
            }
            List<Long> ids = tasks.create(project.id(), created);
            List<TransferLink> links = new ArrayList<>();
            for (MappedLink l : mapping.links()) {
                links.add(l.between(ids.get(l.predecessor()), ids.get(l.successor())));
            }
            schedule.replaceLinks(project.id(), links, "imported " + fileName);
            schedule.dropUnusedCalendars(project.id(), Set.copyOf(calendars.values()));
            List<Origin> known = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                known.add(new Origin(ids.get(i), mapping.tasks().get(i).externalId(), 0));
            }
            origins.record(project.id(), known);
            ImportReport report = new ImportReport(options.dryRun() ? null : project.id(), project.code(), fileName,
                    file.format().name(), options.dryRun(), ids.size(), 0, 0, List.of(), 0, links.size(),
                    calendars.size(), List.of(), mapping.losses(), finish(project.id()));
            tasks.audit(project.id(), report);
            if (options.dryRun()) {
                status.setRollbackOnly();
            }
            return report;
        });
    }

    /**
     * Reads the file and applies it to an existing project: tasks are matched by the file's
     * unique IDs recorded at the last import; changed fields are written, new tasks added under
     * their parent, tasks the file no longer has reported (and removed if asked). A task changed
     * in Linchpin since the last import keeps its values, and the report says so, unless the
     * options ask to overwrite it.
     */
    public ImportReport importUpdate(LinchpinUser user, long projectId, String fileName, byte[] content,
            ImportOptions options) {
        ImportedPlan file = read(fileName, content);
        PlanMapping mapping = map(fileName, file);
        return transaction.execute(status -> {
            tasks.requireImport(projectId, user);
            ProjectView project = projects.get(projectId, user);
            Map<String, Origin> known = origins.of(projectId);
            Map<Long, StoredTask> stored = new HashMap<>();
            tasks.stored(projectId).forEach(t -> stored.put(t.id(), t));
            Map<String, Long> calendars = calendars(projectId, mapping);
            List<MappedTask> mapped = mapping.tasks();
            Long[] idOf = new Long[mapped.size()];
            Map<Long, ImportedTask> changed = new LinkedHashMap<>();
            List<String> conflicts = new ArrayList<>();
            int unchanged = 0;
            for (int i = 0; i < mapped.size(); i++) {
                MappedTask t = mapped.get(i);
                Origin origin = known.get(t.externalId());
                StoredTask current = origin == null ? null : stored.get(origin.taskId());
                if (current == null) {
                    continue;
                }
                idOf[i] = current.id();
                ImportedTask wanted = t.imported(null, null, calendars);
                List<String> differences = differences(current, wanted);
                if (differences.isEmpty()) {
                    unchanged++;
                } else if (current.version() != origin.importedVersion() && !options.overwriteChanged()) {
                    conflicts.add(current.outlineNumber() + " " + current.name() + " was changed in Linchpin since the last "
                            + "import; kept its values (the file has other " + String.join(", ", differences) + ")");
                } else {
                    if (current.version() != origin.importedVersion()) {
                        conflicts.add(current.outlineNumber() + " " + current.name() + " was changed in Linchpin since "
                                + "the last import; overwritten by the file (" + String.join(", ", differences) + ")");
                    }
                    changed.put(current.id(), wanted);
                }
            }
            List<String> notes = new ArrayList<>(mapping.losses());
            for (int i = 0; i < mapped.size(); i++) {
                MappedTask t = mapped.get(i);
                StoredTask current = idOf[i] == null ? null : stored.get(idOf[i]);
                Long fileParent = t.parent() < 0 ? null : idOf[t.parent()];
                boolean parentKnown = t.parent() < 0 || fileParent != null;
                if (current != null && parentKnown && !Objects.equals(current.parentId(), fileParent)) {
                    notes.add(current.outlineNumber() + " " + current.name() + " sits elsewhere in the file's WBS; an "
                            + "update keeps tasks where they are in Linchpin (move it there to follow the file)");
                }
            }
            List<ImportedTask> added = new ArrayList<>();
            List<Integer> addedAt = new ArrayList<>();
            Map<Integer, Integer> newIndex = new HashMap<>();
            for (int i = 0; i < mapped.size(); i++) {
                if (idOf[i] != null) {
                    continue;
                }
                MappedTask t = mapped.get(i);
                Long parentId = t.parent() >= 0 ? idOf[t.parent()] : null;
                Integer parentIndex = t.parent() >= 0 && parentId == null ? newIndex.get(t.parent()) : null;
                newIndex.put(i, added.size());
                added.add(t.imported(parentId, parentIndex, calendars));
                addedAt.add(i);
            }
            Set<Long> inFile = new HashSet<>();
            for (Long id : idOf) {
                if (id != null) {
                    inFile.add(id);
                }
            }
            List<String> missing = new ArrayList<>();
            List<Long> remove = new ArrayList<>();
            for (Origin origin : known.values()) {
                StoredTask current = stored.get(origin.taskId());
                if (current != null && !inFile.contains(current.id())) {
                    missing.add(current.outlineNumber() + " " + current.name());
                    remove.add(current.id());
                }
            }
            tasks.update(projectId, changed);
            List<Long> newIds = tasks.create(projectId, added);
            for (int k = 0; k < newIds.size(); k++) {
                idOf[addedAt.get(k)] = newIds.get(k);
            }
            if (options.removeMissing()) {
                tasks.delete(projectId, remove, "removed by the import of " + fileName);
            }
            Set<Long> removed = options.removeMissing() ? Set.copyOf(remove) : Set.of();
            Set<Long> fromFile = new HashSet<>();
            for (Long id : idOf) {
                fromFile.add(id);
            }
            Map<String, TransferLink> links = new LinkedHashMap<>();
            for (TransferLink l : schedule.links(projectId)) {
                boolean ownedByFile = fromFile.contains(l.predecessorId()) && fromFile.contains(l.successorId());
                if (!ownedByFile && !removed.contains(l.predecessorId()) && !removed.contains(l.successorId())) {
                    links.put(l.predecessorId() + ">" + l.successorId(), l);
                }
            }
            for (MappedLink l : mapping.links()) {
                TransferLink link = l.between(idOf[l.predecessor()], idOf[l.successor()]);
                links.put(link.predecessorId() + ">" + link.successorId(), link);
            }
            schedule.replaceLinks(projectId, List.copyOf(links.values()), "imported " + fileName);
            Map<Long, StoredTask> after = new HashMap<>();
            tasks.stored(projectId).forEach(t -> after.put(t.id(), t));
            List<Origin> now = new ArrayList<>();
            for (int i = 0; i < mapped.size(); i++) {
                StoredTask t = after.get(idOf[i]);
                Origin before = known.get(mapped.get(i).externalId());
                boolean keptLinchpinChange = before != null && changed.get(idOf[i]) == null && t != null
                        && t.version() != before.importedVersion();
                if (t != null) {
                    // A conflict kept stays a conflict at the next import: keep the version it was imported at.
                    now.add(new Origin(t.id(), mapped.get(i).externalId(), keptLinchpinChange ? before.importedVersion() : t.version()));
                }
            }
            if (!options.removeMissing()) {
                for (Origin origin : known.values()) {
                    if (remove.contains(origin.taskId())) {
                        now.add(origin);
                    }
                }
            }
            origins.record(projectId, now);
            ImportReport report = new ImportReport(projectId, project.code(), fileName, file.format().name(),
                    options.dryRun(), added.size(), changed.size(), unchanged, missing,
                    options.removeMissing() ? remove.size() : 0, mapping.links().size(), calendars.size(), conflicts,
                    notes, finish(projectId));
            tasks.audit(projectId, report);
            if (options.dryRun()) {
                status.setRollbackOnly();
            }
            return report;
        });
    }

    private Map<String, Long> calendars(long projectId, PlanMapping mapping) {
        List<WorkCalendar> all = List.copyOf(mapping.plan().calendars().values());
        Map<String, Long> ids = schedule.putCalendars(projectId, all);
        String defaultId = mapping.plan().calendarId();
        Long defaultCalendar = defaultId == null ? null : ids.get(defaultId);
        schedule.putSettings(projectId, mapping.rules(), defaultCalendar, mapping.statusDate(), mapping.plan().options());
        return ids;
    }

    private LocalDateTime finish(long projectId) {
        return schedule.finish(projectId);
    }

    /** The fields that differ, as the API names them. */
    private static List<String> differences(StoredTask s, ImportedTask f) {
        List<String> out = new ArrayList<>();
        if (!s.name().equals(f.name())) {
            out.add("name");
        }
        if (s.kind() != TaskKind.SUMMARY && s.durationMinutes() != f.durationMinutes()) {
            out.add("durationMinutes");
        }
        if (s.kind() != TaskKind.SUMMARY && s.kind() != f.kind()) {
            out.add("kind");
        }
        if (!Objects.equals(s.committedFinish(), f.committedFinish())) {
            out.add("committedFinish");
        }
        if (!Objects.equals(s.calendarId(), f.calendarId())) {
            out.add("calendarId");
        }
        if (s.constraintType() != f.constraintType() || !Objects.equals(s.constraintDate(), f.constraintDate())) {
            out.add("constraint");
        }
        if (!Objects.equals(s.actualStart(), f.actualStart()) || !Objects.equals(s.actualFinish(), f.actualFinish())
                || s.percentComplete() != f.percentComplete() || !Objects.equals(s.remainingMinutes(), f.remainingMinutes())) {
            out.add("progress");
        }
        if (!Objects.equals(s.physicalPercentComplete(), f.physicalPercentComplete())) {
            out.add("physicalPercentComplete");
        }
        if (s.kind() == TaskKind.MILESTONE && s.startMilestone() != f.startMilestone()) {
            out.add("startMilestone");
        }
        return out;
    }

    /** Reads an upload through the file layer; every failure is a 422 naming the file. */
    ImportedPlan read(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "upload" : Path.of(fileName).getFileName().toString();
        ProjectFormat format;
        try {
            format = ProjectFormat.of(Path.of(name));
        } catch (ProjectFileException | IllegalArgumentException e) {
            throw problem(name, "unknown file format; import reads .mpp, .xml (MSPDI), .mpx, .xer, .pmxml, .gan and .planner files");
        }
        if (!READABLE.contains(format)) {
            throw problem(name, "import reads MS Project, Primavera P6, GanttProject and Planner files, not " + format);
        }
        if (content.length == 0) {
            throw problem(name, "the file is empty");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("linchpin-import");
            Path file = dir.resolve("upload" + extension(name));
            Files.write(file, content);
            ImportedPlan plan = ProjectFiles.read(file);
            if (plan.plan().tasks().size() > settings.maxTasks()) {
                throw problem(name, "the file has " + plan.plan().tasks().size() + " tasks; an import takes at most "
                        + settings.maxTasks() + " (linchpin.import.max-tasks)");
            }
            return plan;
        } catch (ProjectFileException e) {
            throw problem(name, e.getMessage().replace(dir.resolve("upload" + extension(name)).toString() + ": ", "")
                    .replace(dir.toString(), ""));
        } catch (InvalidPlanException e) {
            throw problem(name, "the plan cannot be scheduled: " + String.join("; ", e.problems()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // MPXJ fails on damaged files in many ways; none of them is the server's fault.
            throw problem(name, "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } finally {
            deleteQuietly(dir);
        }
    }

    private static PlanMapping map(String fileName, ImportedPlan file) {
        try {
            return new PlanMapping(file.plan(), file.losses());
        } catch (IllegalArgumentException e) {
            throw problem(fileName, e.getMessage());
        }
    }

    static InvalidInputException problem(String fileName, String message) {
        return new InvalidInputException("file", fileName + ": " + message);
    }

    private static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".mspdi.xml") ? ".xml" : lower.contains(".") ? lower.substring(lower.lastIndexOf('.')) : "";
    }

    private static String baseName(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    }

    /** A project code from a file name: its letters and digits in capitals, "IMPORT" when too few. */
    private static String code(String fileName) {
        String letters = baseName(fileName).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        String stem = letters.isEmpty() || !Character.isLetter(letters.charAt(0)) ? "IMP" + letters : letters;
        stem = stem.length() > 24 ? stem.substring(0, 24) : stem;
        return stem + "-" + Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase(Locale.ROOT);
    }

    private static String zone(ImportOptions options, ImportedPlan file) {
        if (options.timeZone() != null && !options.timeZone().isBlank()) {
            return options.timeZone();
        }
        return file.plan().timeZone() == null ? "UTC" : file.plan().timeZone().getId();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A leftover temporary file is harmless; the import's answer matters more.
        }
    }
}
