package io.linchpin.engine.leveling;

/**
 * An activity could not be placed within the problem's horizon: its calendar, its links or its
 * resources' capacity leave no room for it before the last period. Carries the activity and, when
 * a resource's capacity stood in the way, that resource, so that callers can name them or retry
 * with a longer horizon.
 */
public final class LevelingHorizonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int activity;
    private final int resource;

    LevelingHorizonException(LevelingProblem problem, int activity, int resource) {
        super(problem.activityName(activity) + " does not fit before the end of the horizon ("
                + problem.horizon() + " periods)"
                + (resource < 0 ? "" : ": " + problem.resourceName(resource) + " is never free for all of it"));
        this.activity = activity;
        this.resource = resource;
    }

    public int activity() {
        return activity;
    }

    /** The resource whose capacity last stood in the way, or -1 if none did (the calendar or links did). */
    public int resource() {
        return resource;
    }
}
