package io.linchpin.engine.plan;

/** What a resource is: people and equipment whose time is limited, or material that is consumed. */
public enum ResourceType {
    /** People or equipment: a capacity (max units) on a calendar; leveling keeps within it. */
    WORK,
    /** Material consumed by tasks (cable, concrete): no capacity limit, never leveled. */
    MATERIAL
}
