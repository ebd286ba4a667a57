package io.linchpin.bench.schedule;

import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TimeUnit;

/** MSPDI leaves out zero actual durations; MPXJ's scheduler refuses tasks without one, so give it the obvious default. */
final class MpxjDefaults {

    private MpxjDefaults() {
    }

    static void fill(ProjectFile file) {
        for (Task t : file.getTasks()) {
            if (t.getActualDuration() == null) {
                t.setActualDuration(Duration.getInstance(0, TimeUnit.MINUTES));
            }
            if (t.getRemainingDuration() == null) {
                t.setRemainingDuration(t.getDuration());
            }
        }
    }
}
