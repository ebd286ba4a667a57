/**
 * The demo: with {@code --demo} (or {@code LINCHPIN_DEMO=true}) on a database without projects,
 * an organisation's departments, a handful of people and a data-centre migration project, so a
 * newcomer has something real to look at. Built only through the public services of the other
 * capabilities, like any user's data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "identity", "projects", "schedule"})
package io.linchpin.server.demo;
