package io.linchpin.server.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo project as written in {@code demo/data-centre-migration.txt}: its WBS (indented), its
 * links and its comments. Kept as text so the plan reads like a plan.
 */
record DemoPlan(List<Task> tasks, List<Link> links, List<Comment> comments) {

    /** One line of the WBS; {@code parent} is the index of the task above it, or -1 at the top. */
    record Task(String name, int parent, boolean milestone, String duration, String department, String assignee,
            Integer priority, List<String> tags, LocalDate committed, String status) {
    }

    record Link(String predecessor, String successor, String type, long lagHours) {
    }

    record Comment(String task, String author, String text) {
    }

    static DemoPlan read(InputStream text) {
        List<Task> tasks = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        List<Integer> openAtLevel = new ArrayList<>();
        String section = "tasks";
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line.substring(1, line.indexOf(']'));
                    continue;
                }
                String[] f = line.strip().split("\\s*\\|\\s*", -1);
                switch (section) {
                    case "tasks" -> {
                        int level = (line.length() - line.stripLeading().length()) / 2;
                        while (openAtLevel.size() > level) {
                            openAtLevel.remove(openAtLevel.size() - 1);
                        }
                        int parent = level == 0 ? -1 : openAtLevel.get(level - 1);
                        tasks.add(new Task(f[0], parent, f.length > 1 && f[1].equals("M"), at(f, 2), at(f, 3), at(f, 4),
                                at(f, 5) == null ? null : Integer.valueOf(at(f, 5)),
                                at(f, 6) == null ? List.of() : List.of(at(f, 6).split("\\s*,\\s*")),
                                at(f, 7) == null ? null : LocalDate.parse(at(f, 7)), at(f, 8)));
                        openAtLevel.add(tasks.size() - 1);
                    }
                    case "links" -> {
                        String[] ends = f[0].split("\\s*->\\s*");
                        links.add(new Link(ends[0], ends[1], f[1], Long.parseLong(f[2])));
                    }
                    default -> comments.add(new Comment(f[0], f[1], f[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo plan", e);
        }
        return new DemoPlan(tasks, links, comments);
    }

    private static String at(String[] fields, int index) {
        return index < fields.length && !fields[index].isBlank() ? fields[index] : null;
    }
}
