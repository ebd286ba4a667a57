package io.linchpin.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * HTTP load against a running Linchpin on this machine: N concurrent clients with a personal API
 * token read one URL for a bounded time; prints throughput and p50/p95/p99 latency per run and the
 * run with the median throughput.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.linchpin.bench.load.LoadTest \
 *     --url http://127.0.0.1:8080/api/v1/projects/1/tasks --token lp_... --clients 32 --duration 20s --runs 3
 * </pre>
 */
@Command(name = "linchpin-load", mixinStandardHelpOptions = true,
        description = "Bounded HTTP load against a Linchpin server on this machine (loopback only).")
public final class LoadTest implements Callable<Integer> {

    @Option(names = "--url", required = true, description = "URL to GET, on 127.0.0.1, localhost or [::1]")
    URI url;

    @Option(names = "--token", description = "Personal API token (lp_...); default: $LINCHPIN_TOKEN")
    String token = System.getenv("LINCHPIN_TOKEN");

    @Option(names = "--sign-in", paramLabel = "USER:PASSWORD",
            description = "Instead of --token: sign in as this person and issue a one-day token")
    String signIn;

    @Option(names = "--clients", defaultValue = "32", description = "Concurrent clients (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--duration", defaultValue = "20s", converter = DurationConverter.class,
            description = "Measured time per run, e.g. 20s, 2m (default ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--warm-up", defaultValue = "5s", converter = DurationConverter.class,
            description = "Unmeasured time before each run (default ${DEFAULT-VALUE})")
    Duration warmUp;

    @Option(names = "--runs", defaultValue = "1", description = "Runs; the median by throughput is reported (default ${DEFAULT-VALUE})")
    int runs;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadTest()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || runs > 20) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--runs must be from 1 to 20");
        }
        String bearer = token;
        if (signIn != null) {
            int colon = signIn.indexOf(':');
            if (colon < 1) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--sign-in takes USER:PASSWORD");
            }
            bearer = new TokenIssuer(url.resolve("/")).issue(signIn.substring(0, colon), signIn.substring(colon + 1));
        }
        System.out.printf(Locale.ROOT, "GET %s, %d clients, %s warm-up + %s measured, %d run(s)%n", url, clients,
                warmUp, duration, runs);
        List<LoadRun.Result> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            LoadRun.Result result = new LoadRun(url, bearer, clients, warmUp, duration).run();
            results.add(result);
            print("run " + run, result);
        }
        List<LoadRun.Result> byThroughput = results.stream()
                .sorted(Comparator.comparingDouble(LoadRun.Result::throughputPerSecond)).toList();
        print("median", byThroughput.get(byThroughput.size() / 2));
        return results.stream().allMatch(r -> r.errors() == 0) ? 0 : 2;
    }

    private static void print(String label, LoadRun.Result result) {
        System.out.printf(Locale.ROOT,
                "%-7s requests=%d errors=%d throughput=%.1f req/s p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms%n",
                label, result.requests(), result.errors(), result.throughputPerSecond(), result.percentileMillis(50),
                result.percentileMillis(95), result.percentileMillis(99), result.latencyMicros().getMaxValue() / 1000.0);
    }

    /** Durations as people write them: 500ms, 20s, 2m. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            return switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> throw new CommandLine.TypeConversionException("Use 500ms, 20s or 2m, not " + value);
            };
        }
    }
}
