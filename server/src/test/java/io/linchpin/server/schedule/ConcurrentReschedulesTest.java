package io.linchpin.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import io.linchpin.server.LinchpinIntegrationTest;
import io.linchpin.server.TeamTest;
import io.linchpin.server.TestApi.Answer;

/**
 * People edit durations, links and tasks of one project at the same time: reschedules take the
 * project's lock one after the other, and what is stored at the end is what a schedule from scratch
 * gives (a full reschedule then writes nothing).
 */
@LinchpinIntegrationTest
class ConcurrentReschedulesTest extends TeamTest {

    private static final long[] SEEDS = {7, 1234};

    @Autowired
    Rescheduler rescheduler;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void concurrentEditsLeaveTheScheduleAScheduleFromScratchWouldGive() throws Exception {
        for (long seed : SEEDS) {
            String tasks = team.projectPath() + "/tasks";
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ids.add(api.post(team.member, tasks, Map.of("name", "Seed " + seed + " task " + i, "durationMinutes", 480)).id());
                if (i % 4 != 0) {
                    api.post(team.member, team.projectPath() + "/links", Map.of("predecessorId", ids.get(i - 1),
                            "successorId", ids.get(i)));
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<CompletableFuture<Void>> writers = new ArrayList<>();
                for (int w = 0; w < 3; w++) {
                    SplittableRandom random = new SplittableRandom(seed * 31 + w);
                    int writer = w;
                    writers.add(CompletableFuture.runAsync(() -> {
                        for (int n = 0; n < 8; n++) {
                            long task = ids.get(random.nextInt(ids.size()));
                            if (writer == 2 && n % 4 == 0) {
                                api.post(team.member, tasks, Map.of("name", "Added " + seed + "-" + n, "durationMinutes", 240));
                                continue;
                            }
                            Answer current = api.get(team.member, tasks + "/" + task);
                            api.patch(team.member, tasks + "/" + task, Map.of("durationMinutes",
                                    480L * (1 + random.nextInt(5)), "version", current.version()));
                        }
                    }, pool));
                }
                for (CompletableFuture<Void> writer : writers) {
                    writer.get();
                }
            } finally {
                pool.shutdownNow();
            }
            Rescheduler.Outcome fromScratch = transactions.execute(tx -> rescheduler.reschedule(team.project.id(), null,
                    null, "check"));
            assertThat(fromScratch.written()).as("seed %d: rows a schedule from scratch changes", seed).isZero();
        }
    }
}
