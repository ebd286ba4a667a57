package io.linchpin.files.psplib;

import io.linchpin.engine.leveling.LevelingProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.Duration;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Reads an MPSPLIB multi-project instance stored as an MS Project file (INSISOC's MPSPLIBtoMPP
 * conversion) through MPXJ into a {@link LevelingProblem}: one activity per non-summary task, in
 * file order; durations and lags in working days (one period = one working day, period 0 = the
 * project start); finish-to-start links; assignment units and resource max units in whole units
 * (MS Project's 500 % is 5).
 *
 * <p>The projects are the groups of tasks joined by links once the arrival links are set aside: an
 * arrival link runs from one project's start milestone (a zero-duration task without
 * predecessors) to another's (a zero-duration task whose only predecessor it is), carrying the
 * later project's arrival date as its lag. Anything this model cannot carry (another link type,
 * an elapsed lag, a fractional duration or unit) is an error that names every such task at once.
 *
 * <p>This reader is a stand-in until leveling is wired into the general MPXJ import of
 * {@code io.linchpin.files}.
 */
public final class MpsplibReader {

    private MpsplibReader() {
    }

    /**
     * The problem, and for each activity the ID of its task in the file.
     *
     * @param problem the leveling problem
     * @param taskIds MS Project's task ID of each activity
     */
    public record Plan(LevelingProblem problem, int[] taskIds) {
    }

    public static Plan read(Path file) throws IOException {
        ProjectFile project;
        try {
            project = new UniversalProjectReader().read(file.toFile());
        } catch (MPXJException e) {
            throw new PsplibFormatException(file, 0, "MPXJ cannot read it: " + e.getMessage());
        }
        if (project == null) {
            throw new PsplibFormatException(file, 0, "not a project file MPXJ recognises");
        }
        return new Mapping(file, project).plan();
    }

    private static final class Mapping {
        private final Path file;
        private final ProjectFile project;
        private final ProjectProperties properties;
        private final List<Task> tasks = new ArrayList<>();
        private final Map<Task, Integer> index = new HashMap<>();
        private final List<Resource> resources = new ArrayList<>();
        private final Map<Resource, Integer> resourceIndex = new HashMap<>();
        private final List<String> problems = new ArrayList<>();

        Mapping(Path file, ProjectFile project) {
            this.file = file;
            this.project = project;
            this.properties = project.getProjectProperties();
        }

        Plan plan() throws PsplibFormatException {
            for (Task t : project.getTasks()) {
                if (!Boolean.TRUE.equals(t.getSummary())) {
                    index.put(t, tasks.size());
                    tasks.add(t);
                }
            }
            for (Resource r : project.getResources()) {
                if (r.getName() != null) {
                    resourceIndex.put(r, resources.size());
                    resources.add(r);
                }
            }
            int n = tasks.size();
            LevelingProblem.Builder b = LevelingProblem.builder(n, resources.size());
            for (int k = 0; k < resources.size(); k++) {
                Resource r = resources.get(k);
                b.resourceName(k, r.getName());
                b.capacity(k, wholeUnits(r.getMaxUnits(), "resource '" + r.getName() + "' max units"));
            }
            int[] ids = new int[n];
            int[] days = new int[n];
            for (int a = 0; a < n; a++) {
                Task t = tasks.get(a);
                ids[a] = t.getID() == null ? a : t.getID();
                b.activityName(a, t.getName() == null ? "task " + ids[a] : t.getName());
                days[a] = workingDays(t.getDuration(), t, "duration");
                b.duration(a, days[a]);
                for (ResourceAssignment assignment : t.getResourceAssignments()) {
                    Integer r = resourceIndex.get(assignment.getResource());
                    if (r != null) {
                        b.demand(a, r, wholeUnits(assignment.getUnits(),
                                describe(t) + " units of '" + resources.get(r).getName() + "'"));
                    }
                }
            }
            int[] group = new int[n];
            for (int a = 0; a < n; a++) {
                group[a] = a;
            }
            for (int a = 0; a < n; a++) {
                Task t = tasks.get(a);
                for (Relation link : t.getPredecessors()) {
                    Task from = link.getPredecessorTask();
                    Integer p = index.get(from);
                    if (p == null) {
                        problems.add(describe(t) + " has a predecessor that is a summary task or missing");
                        continue;
                    }
                    if (link.getType() != RelationType.FINISH_START) {
                        problems.add(describe(t) + " has a " + link.getType() + " link from " + describe(from)
                                + "; only finish-to-start links are read");
                        continue;
                    }
                    b.link(p, a, workingDays(link.getLag(), t, "lag from " + describe(from)));
                    if (!isArrival(p, a, days)) {
                        union(group, p, a);
                    }
                }
            }
            Map<Integer, Integer> projectOf = new HashMap<>();
            for (int a = 0; a < n; a++) {
                int root = find(group, a);
                Integer q = projectOf.get(root);
                if (q == null) {
                    q = projectOf.size();
                    projectOf.put(root, q);
                    b.project(q, projectName(tasks.get(a), q), LevelingProblem.DEFAULT_PRIORITY, 0);
                }
                b.project(a, q);
            }
            if (!problems.isEmpty()) {
                throw new PsplibFormatException(file, 0, String.join("; ", problems));
            }
            try {
                return new Plan(b.build(), ids);
            } catch (IllegalArgumentException e) {
                throw new PsplibFormatException(file, 0, e.getMessage());
            }
        }

        private boolean isArrival(int from, int to, int[] days) {
            return days[from] == 0 && days[to] == 0 && tasks.get(from).getPredecessors().isEmpty()
                    && tasks.get(to).getPredecessors().size() == 1;
        }

        /** The duration in whole working days; anything else is noted as a problem (and read as 0). */
        private int workingDays(Duration d, Task t, String what) {
            if (d == null) {
                return 0;
            }
            if (d.getUnits().isElapsed()) {
                problems.add(describe(t) + " has an elapsed " + what + " (" + d + "); only working time is read");
                return 0;
            }
            double value = d.convertUnits(TimeUnit.DAYS, properties).getDuration();
            long whole = Math.round(value);
            if (Math.abs(value - whole) > 1e-6) {
                problems.add(describe(t) + " has a " + what + " of " + value + " working days, not a whole number");
            }
            return (int) whole;
        }

        /** MS Project's percent as whole units; anything else is noted as a problem. */
        private int wholeUnits(Number percent, String what) {
            double units = percent == null ? 0 : percent.doubleValue() / 100;
            long whole = Math.round(units);
            if (Math.abs(units - whole) > 1e-6) {
                problems.add(what + " is " + percent + " %, not a whole number of units");
            }
            return (int) whole;
        }

        private static String projectName(Task first, int q) {
            String name = first.getName();
            int cut = name == null ? -1 : name.lastIndexOf("-Task");
            return cut > 0 ? name.substring(0, cut).trim() : "project " + (q + 1);
        }

        private static String describe(Task t) {
            return "task " + t.getID() + " '" + t.getName() + "'";
        }

        private static int find(int[] group, int a) {
            while (group[a] != a) {
                group[a] = group[group[a]];
                a = group[a];
            }
            return a;
        }

        private static void union(int[] group, int a, int b) {
            group[find(group, a)] = find(group, b);
        }
    }
}
