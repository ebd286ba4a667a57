package io.linchpin.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

class LoadRunTest {

    private HttpServer server;
    private final AtomicLong served = new AtomicLong();
    private URI url;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/tasks", exchange -> {
            served.incrementAndGet();
            boolean authorised = "Bearer lp_right".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (authorised ? "[]" : "{\"status\":401}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(authorised ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tasks");
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void countsEveryAnsweredRequestAndItsLatency() throws InterruptedException {
        LoadRun.Result result = new LoadRun(url, "lp_right", 4, Duration.ZERO, Duration.ofMillis(300)).run();

        assertThat(result.requests()).isPositive().isEqualTo(result.latencyMicros().getTotalCount());
        assertThat(result.requests()).isEqualTo(served.get());
        assertThat(result.errors()).isZero();
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(result.percentileMillis(50)).isPositive().isLessThanOrEqualTo(result.percentileMillis(99));
        assertThat(result.throughputPerSecond())
                .isCloseTo(result.requests() / (result.elapsed().toNanos() / 1e9), offset(1e-6));
    }

    @Test
    void theWarmUpIsNotMeasuredAndRefusedRequestsAreErrors() throws InterruptedException {
        LoadRun.Result result = new LoadRun(url, "lp_wrong", 2, Duration.ofMillis(200), Duration.ofMillis(200)).run();

        assertThat(result.errors()).isEqualTo(result.requests()).isPositive();
        assertThat(served.get()).as("warm-up requests were sent but not counted").isGreaterThan(result.requests());
    }

    @Test
    void onlyThisMachineIsATarget() {
        assertThatThrownBy(() -> new LoadRun(URI.create("http://192.0.2.1:8080/tasks"), "lp_x", 1, Duration.ZERO,
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("this machine only");
        assertThatThrownBy(() -> new LoadRun(url, "lp_x", 0, Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("--clients");
    }

    @Test
    void durationsAreReadAsPeopleWriteThem() {
        LoadTest.DurationConverter converter = new LoadTest.DurationConverter();
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("20s")).isEqualTo(Duration.ofSeconds(20));
        assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> converter.convert("2h")).hasMessageContaining("Use 500ms, 20s or 2m");
    }
}
