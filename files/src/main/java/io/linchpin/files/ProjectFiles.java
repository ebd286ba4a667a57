package io.linchpin.files;

import io.linchpin.engine.plan.Plan;
import io.linchpin.files.psplib.PsplibFormatException;
import io.linchpin.files.psplib.PsplibReader;
import java.io.IOException;
import java.nio.file.Files;
import io.linchpin.engine.schedule.Schedule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Reads and writes project files: MS Project, Primavera, GanttProject and Planner files through
 * MPXJ, and Linchpin's own JSON; reads PSPLIB leveling benchmarks ({@code .sm}) too.
 */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /**
     * Reads a project file into a plan, by its extension.
     *
     * @throws ProjectFileException if the file is missing, unreadable, of an unknown format, or
     *     holds a plan that cannot be scheduled; the message names the file and the problem
     */
    public static ImportedPlan read(Path file) {
        ProjectFormat format = ProjectFormat.of(file);
        if (!Files.isRegularFile(file)) {
            throw new ProjectFileException(file + ": no such file");
        }
        if (format == ProjectFormat.LINCHPIN_JSON) {
            return new ImportedPlan(LinchpinJson.read(file), format, List.of(), Map.of());
        }
        if (format == ProjectFormat.PSPLIB) {
            try {
                return new ImportedPlan(PsplibReader.readPlan(file), format, List.of(), Map.of());
            } catch (PsplibFormatException e) {
                throw new ProjectFileException(file.getParent() == null ? e.getMessage() : file.getParent().resolve(e.getMessage()).toString(), e);
            } catch (IOException e) {
                throw new ProjectFileException(file + ": " + e.getMessage(), e);
            }
        }
        try {
            ProjectFile project = new UniversalProjectReader().read(file.toFile());
            if (project == null) {
                throw new ProjectFileException(file + ": not a project file MPXJ can read");
            }
            return new MpxjImport(project, format).read();
        } catch (MPXJException e) {
            throw new ProjectFileException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a plan with its computed schedule in a writable format: Linchpin JSON (the plan
     * only), MSPDI XML or XER (the plan and the computed dates).
     *
     * @return what the format could not carry (empty for Linchpin JSON), one line per kind
     * @throws ProjectFileException if the format cannot be written or the file cannot be created
     */
    public static List<String> write(Plan plan, Schedule schedule, Path file, ProjectFormat format) {
        switch (format) {
            case LINCHPIN_JSON:
                LinchpinJson.write(plan, file);
                return List.of();
            case MSPDI:
            case XER:
                return new MpxjExport(plan, schedule).write(file, format);
            default:
                throw new ProjectFileException(file + ": Linchpin cannot write " + format + " files (it writes json, mspdi and xer)");
        }
    }
}
