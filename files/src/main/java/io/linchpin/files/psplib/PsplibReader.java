package io.linchpin.files.psplib;

import io.linchpin.engine.calendar.WorkCalendar;
import io.linchpin.engine.calendar.WorkingHours;
import io.linchpin.engine.leveling.LevelingProblem;
import io.linchpin.engine.plan.Assignment;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Resource;
import io.linchpin.engine.plan.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Reads a PSPLIB single-mode RCPSP file ({@code .sm}: Kolisch and Sprecher 1996) into a
 * {@link LevelingProblem}. Job {@code k} of the file becomes activity {@code k - 1}, named
 * "job k"; resource {@code R k} becomes resource {@code k - 1}. One period is one working day.
 *
 * <p>Only the sections the problem needs are read (job count, renewable resources, precedence
 * relations, requests and durations, availabilities); a job with more than one mode, a missing
 * section or a malformed line is an error naming the file and the line.
 */
public final class PsplibReader {

    private PsplibReader() {
    }

    public static LevelingProblem read(Path file) throws IOException {
        return new Parse(file, Files.readAllLines(file, StandardCharsets.ISO_8859_1)).problem();
    }

    /** The day a PSPLIB instance read as a plan starts: a Monday, as in the leveling command's documentation. */
    public static final LocalDateTime PLAN_START = LocalDateTime.of(2025, 1, 6, 8, 0);

    /**
     * The instance as a plan, for leveling through the general path: task {@code k} is job
     * {@code k} (durations in working days of 08:00-16:00, every day a working day, from
     * {@link #PLAN_START}), finish-to-start links, work resources {@code R1}..{@code R4} (named
     * {@code R 1}..) with their capacity as max units, and each job's demand as an assignment.
     */
    public static Plan readPlan(Path file) throws IOException {
        LevelingProblem p = read(file);
        WorkCalendar.Builder everyDay = WorkCalendar.builder("psplib").name("Every day 08:00-16:00")
                .minutesPerDay(480).minutesPerWeek(7 * 480);
        for (DayOfWeek d : DayOfWeek.values()) {
            everyDay.hours(d, WorkingHours.ofMinutes(480, 960));
        }
        String name = file.getFileName().toString();
        Plan.Builder plan = Plan.builder(PLAN_START).name(name.endsWith(".sm") ? name.substring(0, name.length() - 3) : name)
                .addCalendar(everyDay.build());
        for (int r = 0; r < p.resourceCount(); r++) {
            plan.addResource(Resource.work("R" + (r + 1), p.capacity(r)).withName(p.resourceName(r)));
        }
        List<List<Link>> predecessors = new java.util.ArrayList<>();
        for (int j = 0; j < p.activityCount(); j++) {
            predecessors.add(new java.util.ArrayList<>());
        }
        for (int j = 0; j < p.activityCount(); j++) {
            for (int s : p.successors(j)) {
                predecessors.get(s).add(Link.fs(String.valueOf(j + 1)));
            }
        }
        for (int j = 0; j < p.activityCount(); j++) {
            String id = String.valueOf(j + 1);
            plan.addTask(Task.builder(id).uniqueId((long) (j + 1)).name(p.activityName(j)).duration(p.duration(j) * 480)
                    .predecessors(predecessors.get(j)).build());
            for (int r = 0; r < p.resourceCount(); r++) {
                if (p.demand(j, r) > 0 && p.duration(j) > 0) {
                    plan.addAssignment(new Assignment(id, "R" + (r + 1), p.demand(j, r)));
                }
            }
        }
        return plan.build();
    }

    private static final class Parse {
        private final Path file;
        private final List<String> lines;
        private int at;

        Parse(Path file, List<String> lines) {
            this.file = file;
            this.lines = lines;
        }

        LevelingProblem problem() throws PsplibFormatException {
            int jobs = headerValue("jobs");
            int renewable = headerValue("- renewable");
            LevelingProblem.Builder b = LevelingProblem.builder(jobs, renewable);
            for (int j = 0; j < jobs; j++) {
                b.activityName(j, "job " + (j + 1));
            }
            for (int r = 0; r < renewable; r++) {
                b.resourceName(r, "R " + (r + 1));
            }

            seek("PRECEDENCE RELATIONS:");
            at++;
            for (int j = 0; j < jobs; j++) {
                int[] v = numbers(next(), 3, "job number, modes, successor count");
                checkJob(v[0], j);
                if (v[1] != 1) {
                    throw error(at, "job " + v[0] + " has " + v[1] + " modes; only single-mode files are read");
                }
                if (v.length != 3 + v[2]) {
                    throw error(at, "job " + v[0] + " announces " + v[2] + " successors but lists " + (v.length - 3));
                }
                for (int k = 3; k < v.length; k++) {
                    if (v[k] < 1 || v[k] > jobs) {
                        throw error(at, "job " + v[0] + " has successor " + v[k] + ", not a job of 1.." + jobs);
                    }
                    b.link(j, v[k] - 1);
                }
            }

            seek("REQUESTS/DURATIONS:");
            at++;
            while (at < lines.size() && !lines.get(at).isBlank() && !Character.isDigit(lines.get(at).trim().charAt(0))) {
                at++;
            }
            for (int j = 0; j < jobs; j++) {
                int[] v = numbers(next(), 3 + renewable, "job number, mode, duration and " + renewable + " demands");
                if (v.length != 3 + renewable) {
                    throw error(at, "expected job number, mode, duration and " + renewable + " demands, found "
                            + v.length + " numbers");
                }
                checkJob(v[0], j);
                b.duration(j, v[2]);
                for (int r = 0; r < renewable; r++) {
                    b.demand(j, r, v[3 + r]);
                }
            }

            seek("RESOURCEAVAILABILITIES:");
            at++;
            int[] capacity = numbers(next(), renewable, renewable + " capacities");
            for (int r = 0; r < renewable; r++) {
                b.capacity(r, capacity[r]);
            }
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                throw error(0, e.getMessage());
            }
        }

        private int headerValue(String label) throws PsplibFormatException {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (line.startsWith(label)) {
                    String[] parts = line.split(":", 2);
                    String[] words = parts.length == 2 ? parts[1].trim().split("\\s+") : new String[0];
                    try {
                        return Integer.parseInt(words[0]);
                    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                        throw error(i + 1, "expected a number after '" + label + "', found '" + line + "'");
                    }
                }
            }
            throw error(0, "no '" + label + "' line in the header");
        }

        private void seek(String section) throws PsplibFormatException {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).trim().startsWith(section)) {
                    at = i + 1;
                    return;
                }
            }
            throw error(0, "no '" + section + "' section");
        }

        private String next() throws PsplibFormatException {
            if (at >= lines.size()) {
                throw error(at, "the file ends early");
            }
            return lines.get(at++);
        }

        /** The integers of a line (1-based line number {@code at} after {@link #next()}), at least {@code min} of them. */
        private int[] numbers(String line, int min, String expected) throws PsplibFormatException {
            String trimmed = line.trim();
            String[] words = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
            if (words.length < min) {
                throw error(at, "expected " + expected + ", found '" + trimmed + "'");
            }
            int[] v = new int[words.length];
            for (int k = 0; k < words.length; k++) {
                try {
                    v[k] = Integer.parseInt(words[k]);
                } catch (NumberFormatException e) {
                    throw error(at, "'" + words[k] + "' is not a whole number (expected " + expected + ")");
                }
            }
            return v;
        }

        private void checkJob(int number, int index) throws PsplibFormatException {
            if (number != index + 1) {
                throw error(at, "expected job " + (index + 1) + ", found job " + number);
            }
        }

        private PsplibFormatException error(int line, String problem) {
            return new PsplibFormatException(file, line, problem);
        }
    }
}
