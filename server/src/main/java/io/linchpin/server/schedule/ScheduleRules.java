package io.linchpin.server.schedule;

import io.linchpin.engine.plan.RuleSet;

/** Whose conventions a project's schedule follows where MS Project and Primavera P6 differ. */
public enum ScheduleRules {
    MSPROJECT(RuleSet.MS_PROJECT), P6(RuleSet.P6);

    private final RuleSet engine;

    ScheduleRules(RuleSet engine) {
        this.engine = engine;
    }

    RuleSet engine() {
        return engine;
    }
}
