/**
 * The resources of a plan: how loaded they are, and leveling the plan so that none is asked for
 * more than it has.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * Plan plan = Plan.builder(start)
 *         .addResource(Resource.work("ELEC", 3).withName("Electricians").withCalendar("site"))
 *         .addTask(...).addAssignment(new Assignment("4", "ELEC", 2))
 *         .build();
 * ResourceHistogram before = ResourceHistogram.of(plan, Scheduler.schedule(plan), ResourceHistogram.Bucket.WEEK);
 * LeveledPlan leveled = PlanLeveler.level(plan, PlanLevelingOptions.defaults().withTimeLimit(Duration.ofSeconds(1)));
 * leveled.leveled();                       // the engine's schedule with each delayed task held back
 * leveled.task("4").levelingDelayMinutes();
 * leveled.unresolvedTasks();               // conflicts left where float or a constraint allowed no delay
 * }</pre>
 *
 * <ul>
 * <li>{@link io.linchpin.engine.resource.ResourceHistogram}: per resource and period (day, week,
 * month) the work asked, the work the resource can give on its calendar, the most units held at
 * once and the work beyond its max units: the data of a resource graph.</li>
 * <li>{@link io.linchpin.engine.resource.PlanLeveler}: maps the plan to the RCPSP model of
 * {@link io.linchpin.engine.leveling} (every link type, lags on their calendars, task and
 * resource calendars, actuals, constraints, priorities, projects), levels it and hands the delays
 * back to the engine, which schedules the plan again; see the class for the rules of the mapping
 * and {@code LevelingAxis} for how the period is chosen.</li>
 * </ul>
 */
package io.linchpin.engine.resource;
