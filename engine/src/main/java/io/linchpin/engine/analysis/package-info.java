/**
 * Reading a computed schedule for the project manager, through {@link io.linchpin.engine.analysis.ScheduleAnalysis}:
 * "why this date?" ({@code explain}), which milestones a change moved ({@code moved}), the DCMA
 * 14-point assessment ({@code assess}) and the variance from a baseline ({@code variance}).
 * Everything here reads a {@link io.linchpin.engine.schedule.Schedule} and its plan; only the
 * critical path test schedules again, a copy.
 *
 * <h2>Why this date</h2>
 *
 * The chain starts at the task and follows the engine's {@link io.linchpin.engine.schedule.Driver}s:
 * a driving link leads to its predecessor (the first in plan order where several tie, the others
 * named), a summary to the child that sets the date asked for (its first start, or its last finish
 * when a finish-to-start or finish-to-finish link leaves it). It ends at the project start, the
 * status date, progress, a constraint, manual dates or a not-before time. Where the cause asks for
 * a start (FS and SS links, the project start, the status date, start constraints) and the task
 * starts later, the step carries the calendar gap between the two. MS Project shows
 * as-late-as-possible tasks at their late dates; the chain explains their early start (and their
 * successors follow the late dates). P6 moves such an activity's early dates as late as its
 * successors allow, which ends the chain there.
 *
 * <h2>DCMA 14 points: who is counted</h2>
 *
 * <em>Incomplete tasks</em> are tasks without children and without an actual finish, milestones
 * included. Summaries are never counted; a link on a summary counts for every task below it (the
 * engine schedules them by it).
 * <ol>
 * <li>Logic: incomplete tasks without a predecessor or without a successor, ≤ 5 %. A milestone at
 * the project start needs no predecessor and one at the project finish no successor.</li>
 * <li>Leads: links with a negative lag, 0. Links count while the task holding them (for a summary,
 * any task below it) is not finished.</li>
 * <li>Lags: links with a positive lag, ≤ 5 %.</li>
 * <li>Relationship types: finish-to-start links ≥ 90 %.</li>
 * <li>Hard constraints: incomplete tasks whose primary or secondary constraint is MSO, MFO, SNLT or
 * FNLT, ≤ 5 %.</li>
 * <li>High float: incomplete tasks with total float above 44 working days (of their calendar's
 * minutes per day), ≤ 5 %.</li>
 * <li>Negative float: incomplete tasks with negative total float, 0.</li>
 * <li>High duration: incomplete tasks that are not milestones whose baseline duration (else planned
 * duration) is above 44 working days, ≤ 5 %.</li>
 * <li>Invalid dates: tasks (finished ones too) with a forecast start or finish before the status date
 * by any working time of their calendar while there is no actual date, or an actual date after the
 * status date, 0. Not applicable without a status date.</li>
 * <li>Resources: incomplete tasks with a duration and no resource assigned, 0 %. Not applicable when
 * the plan has no resources. Costs are not part of the plan and are not looked at.</li>
 * <li>Missed tasks: of the tasks whose baseline finish is at or before the status date, those not
 * finished or finished after the baseline finish, ≤ 5 %.</li>
 * <li>Critical path test: the first unfinished task with working time on the critical path (not
 * elapsed) gets 600 working days more; the project finish must move by exactly that, in working
 * time of that task's calendar.</li>
 * <li>CPLI: (working days from the status date, or the project start, to the finish + the project's
 * float) / those working days, ≥ 0.95. The float is the total float of the task that ends the
 * critical path (deadlines and a must-finish-by date give it), or the working time to the
 * target finish when one is given.</li>
 * <li>BEI: tasks finished / tasks whose baseline finish is at or before the status date, ≥ 0.95.</li>
 * </ol>
 */
package io.linchpin.engine.analysis;
