package io.linchpin.bench.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;

import io.linchpin.engine.plan.Lag;
import io.linchpin.engine.plan.Link;
import io.linchpin.engine.plan.LinkType;
import io.linchpin.engine.plan.Plan;
import io.linchpin.engine.plan.Task;
import io.linchpin.engine.schedule.Scheduler;
import io.linchpin.files.ProjectFiles;
import io.linchpin.files.ProjectFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times imports of project files through the API of a running Linchpin on this machine: each file
 * is uploaded {@code --runs} times (each upload makes a new project), one at a time, and the
 * wall-clock time of each request and their median are printed. {@code --generate N} first writes
 * an MSPDI file of N tasks made by the engine and the file layer (100-task work packages under
 * summaries, FS/SS links with lags to earlier tasks, a milestone per package; fixed seed).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.linchpin.bench.load.ImportTime --server http://127.0.0.1:8080 \
 *     --sign-in admin:PASSWORD --generate 10000 --file ../shared/oracle/primavera/sp10-cost-loaded.xer --runs 5
 * </pre>
 */
@Command(name = "linchpin-import-time", mixinStandardHelpOptions = true,
        description = "Times imports of project files through the API of a Linchpin server on this machine.")
public final class ImportTime implements Callable<Integer> {

    @Option(names = "--server", required = true, description = "Base URL, on 127.0.0.1, localhost or [::1]")
    URI server;

    @Option(names = "--sign-in", required = true, paramLabel = "USER:PASSWORD", description = "Who imports")
    String signIn;

    @Option(names = "--file", description = "A project file to import (repeatable)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--generate", description = "Also import a generated MSPDI file of this many tasks")
    Integer generate;

    @Option(names = "--runs", defaultValue = "5", description = "Imports per file (default ${DEFAULT-VALUE})")
    int runs;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ImportTime()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        LoadRun.requireLoopback(server);
        int colon = signIn.indexOf(':');
        String token = new TokenIssuer(server).issue(signIn.substring(0, colon), signIn.substring(colon + 1));
        List<Path> all = new ArrayList<>(files);
        if (generate != null) {
            Path file = Files.createTempDirectory("linchpin-import-time").resolve("generated-" + generate + ".xml");
            Plan plan = generated(generate);
            ProjectFiles.write(plan, Scheduler.schedule(plan), file, ProjectFormat.MSPDI);
            all.add(file);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (Path file : all) {
            byte[] content = Files.readAllBytes(file);
            long[] millis = new long[runs];
            for (int run = 0; run < runs; run++) {
                String boundary = "linchpin-" + UUID.randomUUID();
                HttpRequest request = HttpRequest.newBuilder(server.resolve("/api/v1/imports"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, file.getFileName().toString(), content)))
                        .build();
                long start = System.nanoTime();
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                millis[run] = (System.nanoTime() - start) / 1_000_000;
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException(file + ": " + answer.statusCode() + " " + answer.body());
                }
                String body = answer.body();
                int tasks = Integer.parseInt(body.replaceAll("(?s).*\"tasksCreated\":(\\d+).*", "$1"));
                int links = Integer.parseInt(body.replaceAll("(?s).*\"links\":(\\d+).*", "$1"));
                System.out.printf("%s run %d: %d ms (%d tasks, %d links)%n", file.getFileName(), run + 1, millis[run],
                        tasks, links);
            }
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            System.out.printf("%s median of %d: %d ms%n", file.getFileName(), runs, sorted[runs / 2]);
        }
        return 0;
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A plan of about {@code size} tasks: work packages of 99 tasks and a milestone under summaries. */
    static Plan generated(int size) {
        SplittableRandom random = new SplittableRandom(20261201L);
        List<Task> tasks = new ArrayList<>(size);
        List<String> leaves = new ArrayList<>();
        int packages = Math.max(1, size / 100);
        int id = 1;
        for (int p = 0; p < packages && id <= size; p++) {
            String summary = String.valueOf(id++);
            tasks.add(Task.builder(summary).uniqueId((long) tasks.size() + 1).name("Work package " + (p + 1)).build());
            for (int k = 0; k < 99 && id <= size; k++) {
                String task = String.valueOf(id++);
                boolean milestone = k == 98;
                Task.Builder b = Task.builder(task).uniqueId((long) tasks.size() + 1).parent(summary)
                        .name((milestone ? "Package " + (p + 1) + " done" : "Task " + task));
                if (milestone) {
                    b.milestone(true).duration(0);
                } else {
                    b.duration(480 * (1 + random.nextInt(10)));
                }
                int links = leaves.isEmpty() ? 0 : 1 + random.nextInt(2);
                List<String> used = new ArrayList<>();
                for (int l = 0; l < links; l++) {
                    String predecessor = leaves.get(Math.max(0, leaves.size() - 1 - random.nextInt(Math.min(50, leaves.size()))));
                    if (!used.contains(predecessor)) {
                        used.add(predecessor);
                        boolean ss = random.nextInt(5) == 0;
                        b.predecessor(Link.of(predecessor, ss ? LinkType.SS : LinkType.FS,
                                ss ? Lag.working(480) : Lag.NONE));
                    }
                }
                tasks.add(b.build());
                leaves.add(task);
            }
        }
        return Plan.builder(LocalDateTime.of(2027, 1, 4, 8, 0)).name("Generated " + size).tasks(tasks).build();
    }
}
