/**
 * Reading a project's schedule for the project manager: why a task has its date, which milestones
 * the last change moved and through which chain, the DCMA 14-point health of the schedule, and
 * the board of tasks by workflow status. It reads the schedule module's schedule and baselines
 * and changes nothing of them; it keeps only the record of moved milestones.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity", "projects", "schedule"})
package io.linchpin.server.insight;
