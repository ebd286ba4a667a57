package io.linchpin.engine.plan;

import java.util.Objects;

/**
 * A resource that tasks are assigned to: people, equipment (work resources, with a capacity on a
 * calendar) or material.
 *
 * @param id       the id the project manager uses (unique in the plan)
 * @param name     the name shown, the id if none is given
 * @param type     work or material
 * @param maxUnits how many of it are available at once: 3 electricians are 3.0, a half-time
 *                 person 0.5 (MS Project's 300 % and 50 %); ignored for material
 * @param calendar the id of the resource's own calendar (holidays, part-time hours), or
 *                 {@code null} for the plan's calendar; ignored for material
 * @param rate     what an hour of work (or a unit of material) costs, or {@code null} if unknown
 */
public record Resource(String id, String name, ResourceType type, double maxUnits, String calendar, CostRate rate) {

    public Resource {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a resource id must not be blank");
        }
        name = name == null ? id : name;
        Objects.requireNonNull(type, "type");
        if (!(maxUnits >= 0) || Double.isInfinite(maxUnits)) {
            throw new IllegalArgumentException("resource " + id + ": max units must be a number from 0 up, got " + maxUnits);
        }
    }

    /** A work resource of {@code maxUnits} on the plan's calendar, without a rate. */
    public static Resource work(String id, double maxUnits) {
        return new Resource(id, id, ResourceType.WORK, maxUnits, null, null);
    }

    /** A material resource, without a rate. */
    public static Resource material(String id) {
        return new Resource(id, id, ResourceType.MATERIAL, 0, null, null);
    }

    public Resource withName(String value) {
        return new Resource(id, value, type, maxUnits, calendar, rate);
    }

    public Resource withCalendar(String value) {
        return new Resource(id, name, type, maxUnits, value, rate);
    }

    public Resource withRate(CostRate value) {
        return new Resource(id, name, type, maxUnits, calendar, value);
    }

    public boolean isWork() {
        return type == ResourceType.WORK;
    }

    @Override
    public String toString() {
        return "resource " + id + (name.equals(id) ? "" : " '" + name + "'");
    }
}
