package io.linchpin.bench.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * One bounded load run: {@code clients} concurrent clients, each sending GET requests one after
 * the other (closed loop) for {@code duration}, after a warm-up that is not measured. Latency is
 * recorded per client in an HdrHistogram (microseconds, 3 significant digits) and merged.
 *
 * <p>Only the loopback interface is a target: a run against any other host is refused.
 */
final class LoadRun {

    private static final long HIGHEST_TRACKABLE_MICROS = TimeUnit.MINUTES.toMicros(1);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI url;
    private final String token;
    private final int clients;
    private final Duration warmUp;
    private final Duration duration;

    LoadRun(URI url, String token, int clients, Duration warmUp, Duration duration) {
        if (clients < 1) {
            throw new IllegalArgumentException("--clients must be at least 1, not " + clients);
        }
        if (duration.isNegative() || duration.isZero() || warmUp.isNegative()) {
            throw new IllegalArgumentException("--duration must be positive and --warm-up not negative");
        }
        requireLoopback(url);
        this.url = url;
        this.token = token;
        this.clients = clients;
        this.warmUp = warmUp;
        this.duration = duration;
    }

    /** What one run measured. */
    record Result(long requests, long errors, Duration elapsed, Histogram latencyMicros) {

        double throughputPerSecond() {
            return requests / (elapsed.toNanos() / 1e9);
        }

        double percentileMillis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    Result run() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT).GET()
                .header("Accept", "application/json");
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            if (!warmUp.isZero()) {
                drive(pool, http, request, System.nanoTime() + warmUp.toNanos());
            }
            long start = System.nanoTime();
            List<Client> measured = drive(pool, http, request, start + duration.toNanos());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            Histogram all = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
            long requests = 0;
            long errors = 0;
            for (Client client : measured) {
                all.add(client.latency);
                requests += client.requests;
                errors += client.errors;
            }
            return new Result(requests, errors, elapsed, all);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Client> drive(ExecutorService pool, HttpClient http, HttpRequest request, long deadline)
            throws InterruptedException {
        List<Client> running = new ArrayList<>(clients);
        List<Future<?>> futures = new ArrayList<>(clients);
        for (int i = 0; i < clients; i++) {
            Client client = new Client(http, request, deadline);
            running.add(client);
            futures.add(pool.submit(client));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("A load client failed: " + e.getCause(), e.getCause());
            }
        }
        return running;
    }

    static void requireLoopback(URI url) {
        if (url.getHost() == null || !"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("--url must be an http(s) URL such as http://127.0.0.1:8080/..., not " + url);
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("Load runs target this machine only (127.0.0.1, localhost, [::1]); "
                            + url.getHost() + " is " + address.getHostAddress());
                }
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host in --url: " + url.getHost(), e);
        }
    }

    /** One closed-loop client: the next request leaves when the previous answer has arrived. */
    private static final class Client implements Runnable {

        private final HttpClient http;
        private final HttpRequest request;
        private final long deadline;
        private final Histogram latency = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
        private long requests;
        private long errors;

        Client(HttpClient http, HttpRequest request, long deadline) {
            this.http = http;
            this.request = request;
            this.deadline = deadline;
        }

        @Override
        public void run() {
            while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                long sent = System.nanoTime();
                boolean ok;
                try {
                    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    ok = response.statusCode() >= 200 && response.statusCode() < 300;
                } catch (IOException e) {
                    ok = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                latency.recordValue(Math.min(HIGHEST_TRACKABLE_MICROS, (System.nanoTime() - sent) / 1000));
                requests++;
                if (!ok) {
                    errors++;
                }
            }
        }
    }
}
