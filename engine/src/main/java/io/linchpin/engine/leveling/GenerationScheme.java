package io.linchpin.engine.leveling;

/** How a single pass turns priorities into a schedule. */
public enum GenerationScheme {
    /** Takes activities one by one in list order and starts each as early as links and resources allow. */
    SERIAL,
    /**
     * Walks time forward and, at each decision time, starts every eligible activity that fits, best
     * priority first (the classic leveling loop of commercial tools).
     */
    PARALLEL
}
