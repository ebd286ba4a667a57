package io.linchpin.files.psplib;

import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Project;
import io.linchpin.engine.plan.Task;
import io.linchpin.files.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An MPSPLIB multi-project instance stored as an MS Project file (INSISOC's MPSPLIBtoMPP
 * conversion), read through the general import ({@link ProjectFiles#read}): tasks, calendars,
 * links, resources and assignments come from there. This view only adds the projects, which the
 * files do not mark: they are the groups of tasks joined by links once the arrival links are set
 * aside. An arrival link runs from one project's start milestone (a task without duration or
 * predecessors) to another's (a task without duration whose only predecessor it is), carrying the
 * later project's arrival as its lag.
 */
public final class MpsplibReader {

    private MpsplibReader() {
    }

    /**
     * The instance as a plan with its projects, each named after its tasks ({@code P2-Task 5}
     * belongs to {@code P2}), at the default priority.
     *
     * @throws io.linchpin.files.ProjectFileException if the file cannot be read
     */
    public static Plan read(Path file) {
        Plan plan = ProjectFiles.read(file).plan();
        Map<String, String> group = new HashMap<>();
        for (Task t : plan.tasks()) {
            group.put(t.id(), t.id());
        }
        for (Task t : plan.tasks()) {
            for (Link l : t.predecessors()) {
                if (!isArrival(plan.task(l.predecessor()), t)) {
                    group.put(find(group, l.predecessor()), find(group, t.id()));
                }
            }
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Task t : plan.tasks()) {
            members.computeIfAbsent(find(group, t.id()), k -> new ArrayList<>()).add(t.id());
        }
        Plan.Builder b = plan.toBuilder();
        int number = 1;
        for (List<String> tasks : members.values()) {
            String name = projectName(plan.task(tasks.get(0)), number++);
            b.addProject(new Project(name, name, Project.DEFAULT_PRIORITY, tasks));
        }
        return b.build();
    }

    private static boolean isArrival(Task from, Task to) {
        return from.duration() == 0 && to.duration() == 0 && from.predecessors().isEmpty() && to.predecessors().size() == 1;
    }

    private static String projectName(Task first, int number) {
        String name = first.name();
        int cut = name == null ? -1 : name.lastIndexOf("-Task");
        return cut > 0 ? name.substring(0, cut).trim() : "project " + number;
    }

    private static String find(Map<String, String> group, String id) {
        String root = id;
        while (!group.get(root).equals(root)) {
            root = group.get(root);
        }
        group.put(id, root);
        return root;
    }
}
