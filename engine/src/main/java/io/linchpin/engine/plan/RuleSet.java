package io.linchpin.engine.plan;

/**
 * Whose scheduling conventions a plan follows. Chosen per plan; an import picks the rules of the
 * product that wrote the file. The differences are listed in {@code engine/README.md}.
 */
public enum RuleSet {
    /** Microsoft Project. */
    MS_PROJECT,
    /** Oracle Primavera P6. */
    P6
}
