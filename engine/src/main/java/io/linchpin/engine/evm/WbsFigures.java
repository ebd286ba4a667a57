package io.linchpin.engine.evm;

/**
 * The earned value of one WBS branch: a summary task and everything under it.
 *
 * @param id the summary task's id
 * @param name its name
 * @param figures the figures of its leaf tasks together
 */
public record WbsFigures(String id, String name, EarnedValueFigures figures) {
}
