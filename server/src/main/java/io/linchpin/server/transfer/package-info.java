/**
 * Projects in and out of files: import of MS Project (MPP, MSPDI), Primavera P6 (XER, PMXML) and
 * GanttProject files as a new project or as an update of one, all or nothing, with the report of
 * what the file held that Linchpin cannot carry; export as MSPDI, XER and CSV; iCalendar feeds of
 * a project's milestones and of a person's work at secret, revocable URLs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity", "projects", "schedule"})
package io.linchpin.server.transfer;
