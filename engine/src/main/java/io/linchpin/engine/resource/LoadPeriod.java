package io.linchpin.engine.resource;

import java.time.LocalDateTime;

/**
 * One resource's load in one period of a histogram. Units count resources at once (3.0 is three
 * people, 0.5 half of one person's time); unit-minutes count work (two people for an hour are 120).
 *
 * @param from             start of the period
 * @param to               end of the period (the next period's start)
 * @param demand           work the tasks ask of the resource, in unit-minutes
 * @param capacity         work the resource can give: its max units over its calendar's working
 *                         minutes, in unit-minutes; 0 for material
 * @param peakUnits        the most units the tasks hold at any one moment of the period
 * @param overAllocation   work asked beyond what the resource has at that moment (more units than
 *                         its max units), in unit-minutes; 0 for material
 */
public record LoadPeriod(LocalDateTime from, LocalDateTime to, double demand, double capacity, double peakUnits,
        double overAllocation) {

    /** Whether the resource is over-allocated at some moment of the period. */
    public boolean overAllocated() {
        return overAllocation > 0;
    }
}
