package io.linchpin.engine.forecast;

/**
 * How to run a Monte Carlo simulation. The result depends on the iterations and the seed only,
 * never on the number of threads.
 *
 * @param iterations how many schedules to draw, 1 to 1,000,000
 * @param seed the seed every random draw derives from
 * @param threads how many threads to run on, at least 1
 */
public record SimulationOptions(int iterations, long seed, int threads) {

    /** The iteration count when none is given. */
    public static final int DEFAULT_ITERATIONS = 5000;
    /** The seed when none is given: the same plan then always gives the same forecast. */
    public static final long DEFAULT_SEED = 42;
    /** The most iterations a run takes. */
    public static final int MAX_ITERATIONS = 1_000_000;

    public SimulationOptions {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be between 1 and " + MAX_ITERATIONS + ", got " + iterations);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** 5,000 iterations, seed 42, every core. */
    public static SimulationOptions defaults() {
        return new SimulationOptions(DEFAULT_ITERATIONS, DEFAULT_SEED, Runtime.getRuntime().availableProcessors());
    }

    public SimulationOptions withIterations(int value) {
        return new SimulationOptions(value, seed, threads);
    }

    public SimulationOptions withSeed(long value) {
        return new SimulationOptions(iterations, value, threads);
    }

    public SimulationOptions withThreads(int value) {
        return new SimulationOptions(iterations, seed, value);
    }
}
