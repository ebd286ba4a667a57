package io.linchpin.engine.resource;

import io.linchpin.engine.plan.Resource;
import java.util.List;

/**
 * One resource's histogram: its load period by period.
 *
 * @param resource the resource
 * @param periods  its load in each period of the histogram, in time order
 */
public record ResourceLoad(Resource resource, List<LoadPeriod> periods) {

    public ResourceLoad {
        periods = List.copyOf(periods);
    }

    /** The most units the tasks hold at any one moment. */
    public double peakUnits() {
        return periods.stream().mapToDouble(LoadPeriod::peakUnits).max().orElse(0);
    }

    /** Whether the resource is over-allocated at some moment. */
    public boolean overAllocated() {
        return periods.stream().anyMatch(LoadPeriod::overAllocated);
    }
}
