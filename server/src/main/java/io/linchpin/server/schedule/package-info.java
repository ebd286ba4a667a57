/**
 * The schedule of a project. For now its dependencies: links between tasks (finish-to-start,
 * start-to-start, finish-to-finish, start-to-finish, with a lag), never forming a cycle. The live
 * schedule (calendars, constraints, dates computed by the engine) grows here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity", "projects"})
package io.linchpin.server.schedule;
