package io.linchpin.server.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;
import tools.jackson.databind.JsonNode;

/** Two people save the same task at the same moment, both from version 0: one wins, the other is told. */
@LinchpinIntegrationTest
class ConcurrentWritersTest extends TeamTest {

    @Test
    void oneWinsTheOtherGets409WithTheCurrentTaskAndNothingIsLost() throws Exception {
        String tasks = team.projectPath() + "/tasks/";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                long id = api.post(team.member, team.projectPath() + "/tasks", Map.of("name", "Task " + round)).id();
                CyclicBarrier together = new CyclicBarrier(2);
                CompletableFuture<Answer> renaming = CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return api.patch(team.member, tasks + id, Map.of("name", "Renamed", "version", 0));
                }, pool);
                CompletableFuture<Answer> prioritising = CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return api.patch(team.manager, tasks + id, Map.of("priority", 900, "version", 0));
                }, pool);
                List<Answer> answers = List.of(renaming.get(), prioritising.get());

                assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
                Answer winner = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
                Answer loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
                JsonNode current = loser.json().get("current");
                assertThat(current.get("version").asLong()).isEqualTo(1);
                assertThat(current.get("name").asString()).isEqualTo(winner.json().get("name").asString());
                assertThat(current.get("priority").asInt()).isEqualTo(winner.json().get("priority").asInt());

                // The one who lost re-applies their change on the version they were shown: both changes stand.
                Map<String, Object> retry = loser == answers.get(0) ? Map.of("name", "Renamed", "version", 1)
                        : Map.of("priority", 900, "version", 1);
                assertThat(api.patch(loser == answers.get(0) ? team.member : team.manager, tasks + id, retry).status())
                        .isEqualTo(200);
                JsonNode both = api.get(team.viewer, tasks + id).json();
                assertThat(both.get("name").asString()).isEqualTo("Renamed");
                assertThat(both.get("priority").asInt()).isEqualTo(900);
                assertThat(both.get("version").asLong()).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
