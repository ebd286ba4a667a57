package io.linchpin.server.schedule;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.linchpin.engine.schedule.ScheduleNetwork;
import io.linchpin.engine.schedule.Workspace;
import io.linchpin.server.schedule.ScheduleStore.Computed;

/**
 * The compiled networks of the projects this server scheduled last, so that a duration edit
 * re-runs from the edited task instead of reading and compiling the whole project. An entry is
 * good only for the project's {@code schedule_version} it was made at: every reschedule, on any
 * server, counts that version up. An entry is taken out while a transaction works on it and put
 * back only after that transaction commits, so a rolled-back change never leaves a network that
 * disagrees with the database.
 */
@Component
class ScheduleCache {

    /** Networks kept; a 100,000-task network takes some tens of megabytes. */
    private static final int PROJECTS = 8;

    /**
     * One project's network and what was last written for it, by plan index.
     *
     * @param taskIds database IDs by plan index
     * @param stored what the database holds for each task, by plan index
     * @param rerunnable whether a duration edit may re-run from the task: the engine's re-run
     *     keeps every value exact for finish-to-start and start-to-start links without percentage
     *     lags (the read-out takes those from the compiled durations), so other networks are
     *     compiled anew
     */
    record Entry(long version, ScheduleNetwork network, Workspace workspace, int[] durations, long[] taskIds,
            Map<Long, Integer> indexById, Computed[] stored, boolean rerunnable) {
    }

    private final Map<Long, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > PROJECTS;
        }
    };

    /** Takes the project's entry out, if there is one. */
    synchronized Entry take(long projectId) {
        return entries.remove(projectId);
    }

    synchronized void put(long projectId, Entry entry) {
        entries.put(projectId, entry);
    }
}
