package io.linchpin.engine.leveling;

/**
 * An activity needs more units of a resource than the resource ever has: no amount of delay can
 * level it. Carries the activity and the resource so that callers can point at the task.
 */
public final class UnschedulableDemandException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int activity;
    private final int resource;

    UnschedulableDemandException(int activity, String activityName, int resource, String resourceName,
            int demand, int capacity) {
        super(activityName + " needs " + demand + " units of " + resourceName + " but its capacity is "
                + capacity + ": no leveling can fit it");
        this.activity = activity;
        this.resource = resource;
    }

    public int activity() {
        return activity;
    }

    public int resource() {
        return resource;
    }
}
