package io.linchpin.files;

import io.linchpin.engine.plan.Plan;
import java.util.List;
import java.util.Map;

/**
 * A plan read from a file, with what could not be carried over.
 *
 * @param plan the plan, ready to schedule
 * @param format the format it was read from
 * @param losses what the file held that the plan does not carry, or carries approximately
 * @param storedDates per task id, the dates the file's product computed (empty for Linchpin JSON)
 */
public record ImportedPlan(Plan plan, ProjectFormat format, List<String> losses, Map<String, StoredDates> storedDates) {

    public ImportedPlan {
        losses = List.copyOf(losses);
        storedDates = Map.copyOf(storedDates);
    }
}
