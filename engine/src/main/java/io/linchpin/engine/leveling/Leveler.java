package io.linchpin.engine.leveling;

import java.time.Duration;

/**
 * Levels a {@link LevelingProblem}: delays activities, never earlier than their release time and
 * never breaking a link, so that no resource is used beyond its capacity in any period, with the
 * shortest total makespan it can find within the budget of the {@link LevelingOptions}.
 *
 * <pre>{@code
 * LevelingResult result = Leveler.level(problem, LevelingOptions.defaults().withTimeLimit(Duration.ofSeconds(1)));
 * int start = result.start(activity);
 * }</pre>
 *
 * See the package documentation for the method and its measured quality.
 */
public final class Leveler {

    private Leveler() {
    }

    /** Priority-rule passes, then the genetic search with justification until a budget runs out. */
    public static LevelingResult level(LevelingProblem problem, LevelingOptions options) {
        long startedAt = System.nanoTime();
        Network net = new Network(problem, options);
        GeneticSearch search = new GeneticSearch(net, options, startedAt);
        search.run();
        return result(net, search, startedAt);
    }

    /** A single pass of one scheme with one priority rule: the classic leveling heuristics, for comparison. */
    public static LevelingResult level(LevelingProblem problem, LevelingOptions options, GenerationScheme scheme,
            PriorityRule rule) {
        long startedAt = System.nanoTime();
        Network net = new Network(problem, options);
        GeneticSearch search = new GeneticSearch(net, options, startedAt);
        search.singlePass(scheme, rule);
        return result(net, search, startedAt);
    }

    private static LevelingResult result(Network net, GeneticSearch search, long startedAt) {
        return new LevelingResult(net, search.bestStart(), search.bestFinish(), search.bestUnleveled(), search.schedules(),
                Duration.ofNanos(System.nanoTime() - startedAt));
    }
}
