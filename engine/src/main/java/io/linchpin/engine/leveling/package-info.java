/**
 * Resource leveling: delaying activities so that no resource is used beyond its capacity in any
 * period, with the shortest plan that can be found within a budget (the resource-constrained
 * project scheduling problem, RCPSP).
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * LevelingProblem problem = LevelingProblem.builder(3, 1)
 *         .activityName(0, "Pull cable").duration(0, 3).demand(0, 0, 2)
 *         .activityName(1, "Fit trays").duration(1, 2).demand(1, 0, 1)
 *         .activityName(2, "Terminate").duration(2, 1).link(0, 2)
 *         .resourceName(0, "Electricians").capacity(0, 2)
 *         .build();
 * LevelingResult result = Leveler.level(problem, LevelingOptions.defaults().withTimeLimit(Duration.ofSeconds(1)));
 * result.start(1);          // 3: Fit trays waits for the electricians
 * result.levelingDelay(1);  // 3 periods later than unleveled
 * result.makespan();        // 5 (trays first would take 6)
 * }</pre>
 *
 * <h2>Model</h2>
 *
 * {@link io.linchpin.engine.leveling.LevelingProblem} is a plain integer model, arrays inside:
 * activities with a duration in periods; links of the four types (finish-to-start,
 * start-to-start, finish-to-finish, start-to-finish) with a lag (negative for a lead), stored as
 * successor lists in CSR form; renewable resources with a capacity, constant or changing from
 * period to period; per activity and resource a demand held while it works (stored sparse); a
 * release time per activity (its earliest start: the unleveled CPM early start, a
 * start-no-earlier-than constraint, a data date); fixed activities (with actuals) at a recorded
 * start; and activity → project, with a priority and a release date per project, for several
 * projects sharing resources. A period is whatever the caller chooses (a working day, an hour, a
 * quarter hour of working time); the resource profile costs {@code 4 × resources × horizon} bytes,
 * so choose the coarsest period that the plan's durations and lags allow.
 *
 * <p>Calendars are optional ({@link io.linchpin.engine.leveling.PeriodCalendar}, with a horizon):
 * an activity on a calendar works, and holds its resources, only in that calendar's working
 * periods, and is interrupted by the others; its duration counts its working periods. A link's
 * lag may count the working periods of a calendar of its own. Link arithmetic follows the CPM
 * engine's positions: the lag is counted from the predecessor's start or finish on the lag
 * calendar, and a link to the successor's finish allows the starts whose finish, counted in the
 * successor's working periods, is no earlier. Without calendars every link reduces to a constant
 * start-to-start gap and the generators take that path alone, as fast as before calendars existed.
 *
 * <p>Plans are mapped to this model by {@link io.linchpin.engine.resource.PlanLeveler}.
 *
 * <h2>Method</h2>
 *
 * <ol>
 * <li><b>Priority-rule passes.</b> For each rule of {@link io.linchpin.engine.leveling.PriorityRule}
 * (LFT, LST, MINSLK, MTS, GRPW, EST), one pass of the serial and one of the parallel schedule
 * generation scheme ({@link io.linchpin.engine.leveling.GenerationScheme}). Project priority and
 * activity priority come before the rule.</li>
 * <li><b>Forward-backward improvement</b> (double justification, Valls, Ballestín and Quintanilla
 * 2005) of every schedule: shift every activity as late as possible in decreasing order of
 * finish, then as early as possible in increasing order of start. Without leads, links to
 * finishes or calendars it never lengthens a schedule (with them it can, and such a result is
 * dropped) and usually shortens it; each pass counts as a schedule.</li>
 * <li><b>Genetic algorithm over activity lists</b> (Hartmann 1998): a population of
 * precedence-feasible lists, seeded with the rule passes and with biased random samples around
 * them, decoded by the serial scheme and justified; children by binary tournament, two-point
 * crossover and precedence-keeping adjacent swaps; each child's list is replaced by the order of
 * its justified schedule, so improvements are inherited; the next population is the best of
 * parents and children without duplicate schedules. The population is √budget (16 to 200).</li>
 * </ol>
 *
 * The search stops when the schedule or time budget of the options runs out, or as soon as a
 * schedule reaches the lower bounds (the critical-path length, and every project at its unleveled
 * finish): nothing can beat it.
 *
 * <p>Objective, in this order: fewest activities left unleveled (only with a float limit); the
 * shortest total makespan; the smallest priority-weighted sum of project finishes (so, for equal
 * makespans, the smallest average project delay, higher-priority projects first); the smallest
 * priority-weighted sum of starts (higher-priority activities first).
 *
 * <h2>Rules the schedules keep</h2>
 *
 * <ul>
 * <li>every link holds, except links into a fixed activity (its actual start is a fact);</li>
 * <li>an activity on a calendar starts in one of its working periods;</li>
 * <li>no movable activity starts before its release or its project's release;</li>
 * <li>fixed activities stay at their recorded start (unless {@code keepFixed} is off), and their
 * demand is taken first; an over-allocation among fixed activities alone is left as recorded;</li>
 * <li>no resource exceeds its capacity of that period in a period where a leveled activity works;</li>
 * <li>with a latest finish per activity ("within float"), an activity that cannot be placed
 * before it without over-allocation is left at its earliest start, still over-allocated, and
 * reported in {@link io.linchpin.engine.leveling.LevelingResult#unresolvedActivities()}, as
 * MS Project leaves the conflicts it cannot resolve within slack.</li>
 * </ul>
 *
 * An activity whose demand exceeds a capacity can never be leveled:
 * {@link io.linchpin.engine.leveling.LevelingProblem.Builder#build()} throws
 * {@link io.linchpin.engine.leveling.UnschedulableDemandException} naming the activity and the
 * resource. A cycle of links is an error naming the activities on it.
 *
 * <h2>Determinism and speed</h2>
 *
 * All random choices come from one {@link java.util.SplittableRandom} seeded by the options: with
 * a schedule budget, the same problem and seed give the same schedule on any machine; a time
 * budget stops at a point that depends on the machine. Decoding a list allocates nothing: the
 * resource profile is one {@code int} array of remaining capacity per resource and period,
 * "earliest feasible start" scans the candidate window backwards and jumps past the last period
 * lacking capacity, and only the periods a pass touched are reset. On PSPLIB j120 (122 activities,
 * 4 resources) a schedule takes under 7 µs on this project's 2-core machine when it is quiet, so
 * one second holds over 100,000 schedules.
 *
 * <h2>Measured quality</h2>
 *
 * See {@code docs/leveling.md} and {@code BENCHMARKS.md} (section "Resource leveling") for the
 * full tables and the commands. In short, on all the instances of the shared copy: on PSPLIB j30
 * the average deviation from the optimum is 0.25 % at 1,000 schedules and 0.13 % at 5,000; on j120
 * the average deviation from the critical-path lower bound is 34.80 % at 1,000 schedules,
 * 33.09 % at 5,000 and 31.81 % within one second per instance; on the twelve MPSPLIB instances,
 * read through the general import, the total makespan is at least as good as MS Project's leveling
 * macro's on every instance with 1 % of its time as the budget.
 */
package io.linchpin.engine.leveling;
