package io.linchpin.bench.gantt;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.linchpin.bench.load.TokenIssuer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Gantt of a large project in headless Chromium, against a running Linchpin on this machine:
 * builds a project of {@code --areas} summaries of 99 tasks each (10,000 tasks by default) with a
 * chain of links in every area, through the API; then, per run, a fresh page load timed from
 * navigation start to the script's {@code gantt-bars-drawn} mark, and a full scroll from top to
 * bottom (a step of {@code --step} pixels per animation frame) with its frames and long tasks, and
 * the PDF export of the whole chart (the time to make it in the page, base64 included).
 * Prints each run and the median of the runs.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.linchpin.bench.gantt.GanttRender \
 *     --url http://127.0.0.1:8080 --sign-in admin:PASSWORD --runs 5
 * </pre>
 */
@Command(name = "gantt-render", mixinStandardHelpOptions = true,
        description = "First render and full scroll of a large project's Gantt in headless Chromium (loopback only).")
public final class GanttRender implements Callable<Integer> {

    private static final int CHILDREN = 99;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(names = "--url", required = true, description = "The server, on 127.0.0.1, localhost or [::1]")
    URI server;

    @Option(names = "--sign-in", required = true, paramLabel = "USER:PASSWORD",
            description = "Who builds the project and opens the Gantt")
    String signIn;

    @Option(names = "--areas", defaultValue = "100", description = "Summaries of 99 tasks (default ${DEFAULT-VALUE}: 10,000 tasks)")
    int areas;

    @Option(names = "--links-per-area", defaultValue = "10",
            description = "Finish-to-start links chaining the first tasks of each area (default ${DEFAULT-VALUE})")
    int linksPerArea;

    @Option(names = "--runs", defaultValue = "5", description = "Page loads and scrolls (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--step", defaultValue = "480", description = "Pixels scrolled per animation frame (default ${DEFAULT-VALUE})")
    int step;

    @Option(names = "--chromium", defaultValue = "/usr/bin/chromium")
    String chromium;

    @Option(names = "--chromedriver", defaultValue = "/usr/bin/chromedriver")
    String chromedriver;

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    public static void main(String[] args) {
        // The script passes its defaults first; options given after them win.
        System.exit(new CommandLine(new GanttRender()).setOverwrittenOptionsAllowed(true).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        String host = server.getHost();
        if (!List.of("127.0.0.1", "localhost", "[::1]", "::1").contains(host)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--url must be on this machine: " + host);
        }
        int colon = signIn.indexOf(':');
        String user = signIn.substring(0, colon);
        String password = signIn.substring(colon + 1);
        token = new TokenIssuer(server).issue(user, password);

        long began = System.nanoTime();
        long project = buildProject();
        System.out.printf(Locale.ROOT, "project %d: %d tasks, %d links, built through the API in %.1f s%n", project,
                areas * (CHILDREN + 1), areas * linksPerArea, (System.nanoTime() - began) / 1e9);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000");
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(chromedriver)).build(), options);
        try {
            signInBrowser(browser, user, password);
            List<double[]> results = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                double[] r = run(browser, project);
                results.add(r);
                System.out.printf(Locale.ROOT, "run %d: first render %.0f ms (data read at %.0f ms, %.0f KiB), full scroll %.0f ms,"
                        + " %.0f frames, longest frame %.0f ms, frames over 50 ms %.0f, long tasks %.0f (%.0f ms); PDF %.0f ms%n",
                        run, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]);
            }
            double[] median = new double[results.get(0).length];
            for (int k = 0; k < median.length; k++) {
                final int column = k;
                double[] values = results.stream().mapToDouble(r -> r[column]).sorted().toArray();
                median[k] = values[values.length / 2];
            }
            System.out.printf(Locale.ROOT, "median of %d: first render %.0f ms (data read at %.0f ms, %.0f KiB), full scroll %.0f ms,"
                    + " %.0f frames, longest frame %.0f ms, frames over 50 ms %.0f, long tasks %.0f (%.0f ms); PDF %.0f ms%n",
                    runs, median[0], median[1], median[2], median[3], median[4], median[5], median[6], median[7],
                    median[8], median[9]);
        } finally {
            browser.quit();
        }
        return 0;
    }

    /** Areas of a summary and its 99 tasks, 10 areas per bulk request; then the links in one bulk request. */
    private long buildProject() throws IOException, InterruptedException {
        String code = "G" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
        JsonNode project = send("POST", "/api/v1/projects", Map.of("code", code, "name", "Gantt at scale",
                "timeZone", "Europe/Paris", "currency", "EUR", "plannedStart", LocalDate.of(2027, 1, 4).toString()));
        long id = project.get("id").asLong();
        SplittableRandom random = new SplittableRandom(42);
        List<Long> ids = new ArrayList<>();
        for (int first = 0; first < areas; first += 10) {
            List<Map<String, Object>> drafts = new ArrayList<>();
            for (int a = first; a < Math.min(first + 10, areas); a++) {
                int summary = drafts.size();
                drafts.add(Map.of("name", "Area " + (a + 1)));
                for (int c = 1; c <= CHILDREN; c++) {
                    drafts.add(Map.of("name", "Area " + (a + 1) + " work package " + c, "parentIndex", summary,
                            "durationMinutes", 480L * random.nextInt(1, 11)));
                }
            }
            JsonNode created = send("POST", "/api/v1/projects/" + id + "/tasks/bulk", Map.of("tasks", drafts));
            created.get("tasks").forEach(t -> ids.add(t.get("id").asLong()));
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (int a = 0; a < areas; a++) {
            int base = a * (CHILDREN + 1) + 1;
            for (int l = 0; l < linksPerArea && l + 1 < CHILDREN; l++) {
                links.add(Map.of("predecessorId", ids.get(base + l), "successorId", ids.get(base + l + 1)));
            }
        }
        if (!links.isEmpty()) {
            send("POST", "/api/v1/projects/" + id + "/links/bulk", Map.of("links", links));
        }
        return id;
    }

    private void signInBrowser(ChromeDriver browser, String user, String password) {
        browser.get(server.resolve("/login").toString());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /**
     * One page load and one full scroll: [first render ms, data read ms, data KiB, scroll ms, frames,
     * longest frame ms, frames over 50 ms, long tasks, long task ms, PDF export ms].
     */
    private double[] run(ChromeDriver browser, long project) {
        browser.get("about:blank");
        browser.get(server.resolve("/projects/" + project + "/gantt").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.until(ExpectedConditions.attributeToBe(By.id("gantt"), "data-ready", "true"));
        JavascriptExecutor js = browser;
        double drawn = ((Number) js.executeScript(
                "return performance.getEntriesByName('gantt-bars-drawn')[0].startTime")).doubleValue();
        double read = ((Number) js.executeScript(
                "return performance.getEntriesByName('gantt-data-read')[0].startTime")).doubleValue();
        double bytes = ((Number) js.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.endsWith('/gantt'); })[0].decodedBodySize")).doubleValue();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(300));
        @SuppressWarnings("unchecked")
        Map<String, Object> scroll = (Map<String, Object>) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1], step = arguments[0];
                var scroller = document.querySelector('.gantt-scroll');
                var longTasks = [], frames = [];
                var observer = new PerformanceObserver(function (list) {
                  list.getEntries().forEach(function (e) { longTasks.push(e.duration); });
                });
                try { observer.observe({type: 'longtask'}); } catch (e) { }
                scroller.scrollTop = 0;
                var start = performance.now(), last = start;
                function frame(now) {
                  frames.push(now - last);
                  last = now;
                  if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) {
                    setTimeout(function () {
                      observer.disconnect();
                      done({ms: now - start, frames: frames.length, longest: Math.max.apply(null, frames),
                        slow: frames.filter(function (f) { return f > 50; }).length, longTasks: longTasks.length,
                        longTaskMs: longTasks.reduce(function (a, b) { return a + b; }, 0)});
                    }, 100);
                    return;
                  }
                  scroller.scrollTop += step;
                  requestAnimationFrame(frame);
                }
                requestAnimationFrame(function (now) { start = last = now; requestAnimationFrame(frame); });
                """, step);
        double pdf = ((Number) js.executeScript("var t = performance.now(); var size = "
                + "document.getElementById('gantt').gantt.pdf().length; return performance.now() - t;")).doubleValue();
        return new double[] {drawn, read, bytes / 1024, num(scroll, "ms"), num(scroll, "frames"), num(scroll, "longest"),
                num(scroll, "slow"), num(scroll, "longTasks"), num(scroll, "longTaskMs"), pdf};
    }

    private static double num(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    private JsonNode send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
