package io.linchpin.engine.leveling;

import io.linchpin.engine.plan.LinkType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A resource-constrained scheduling problem (RCPSP) in integer periods, as the leveler sees it.
 *
 * <p>Activities are numbered {@code 0..activityCount()-1}, resources {@code 0..resourceCount()-1}
 * and projects {@code 0..projectCount()-1}. Each activity has a duration in periods, a demand per
 * renewable resource held while it works, and a release time (its earliest allowed start: this is
 * where unleveled CPM dates, constraints and actuals come in). Links are finish-to-start,
 * start-to-start, finish-to-finish or start-to-finish, with an integer lag (negative for a lead).
 * A <em>fixed</em> activity has a recorded start (an actual) and is not moved by default.
 * Activities belong to projects, which carry a priority and a release date, so several projects
 * can be leveled against shared resources.
 *
 * <p>Calendars are optional. With a {@link Builder#horizon(int) horizon}, an activity may have a
 * {@link PeriodCalendar}: it then works, and holds its resources, only in that calendar's working
 * periods, and its duration counts those; a link's lag may count the working periods of a
 * calendar of its own; a resource's capacity may change from period to period (a holiday, part
 * time). Nothing can be placed beyond the horizon ({@link LevelingHorizonException}). Without
 * calendars every period is a working period and the horizon is unbounded.
 *
 * <p>Instances are immutable and built with {@link #builder(int, int)}; {@link Builder#build()}
 * rejects bad input (negative values, a cycle, a demand that can never fit a capacity) with a
 * message naming the activities and resources concerned.
 */
public final class LevelingProblem {

    /** The priority an activity or project has unless told otherwise (MS Project's default). */
    public static final int DEFAULT_PRIORITY = 500;

    final int n;
    final int resources;
    final int[] duration;
    final int[] release;
    final int[] fixedStart;
    final int[] priority;
    final int[] project;
    final int[] succStart;
    final int[] succ;
    final int[] succLag;
    final LinkType[] succType;
    final PeriodCalendar[] succLagCalendar;
    final PeriodCalendar[] calendar;
    /** Capacity per resource and period, or {@code null} per resource for a constant {@link #capacity}. */
    final int[][] capacityProfile;
    /** The last period plus one anything may occupy, or 0 for no limit. */
    final int horizon;
    final int[] demStart;
    final int[] demResource;
    final int[] demQuantity;
    final int[] capacity;
    final int projects;
    final int[] projectPriority;
    final int[] projectRelease;
    final String[] activityNames;
    final String[] resourceNames;
    final String[] projectNames;
    final int[] topologicalOrder;

    private LevelingProblem(Builder b) {
        n = b.n;
        resources = b.resources;
        duration = b.duration.clone();
        release = b.release.clone();
        fixedStart = b.fixedStart.clone();
        priority = b.priority.clone();
        project = b.project.clone();
        capacity = b.capacity.clone();
        calendar = b.calendar.clone();
        capacityProfile = new int[resources][];
        for (int r = 0; r < resources; r++) {
            capacityProfile[r] = b.capacityProfile[r] == null ? null : b.capacityProfile[r].clone();
        }
        horizon = b.horizon;
        projects = Math.max(1, Arrays.stream(project).max().orElse(0) + 1);
        projectPriority = new int[projects];
        projectRelease = new int[projects];
        projectNames = new String[projects];
        for (int p = 0; p < projects; p++) {
            projectPriority[p] = p < b.projectPriority.size() ? b.projectPriority.get(p) : DEFAULT_PRIORITY;
            projectRelease[p] = p < b.projectRelease.size() ? b.projectRelease.get(p) : 0;
            String name = p < b.projectNames.size() ? b.projectNames.get(p) : null;
            projectNames[p] = name != null ? name : "project " + p;
        }
        activityNames = b.activityNames.clone();
        resourceNames = b.resourceNames.clone();

        succStart = new int[n + 1];
        int links = b.linkFrom.size();
        for (int k = 0; k < links; k++) {
            succStart[b.linkFrom.get(k) + 1]++;
        }
        for (int a = 0; a < n; a++) {
            succStart[a + 1] += succStart[a];
        }
        succ = new int[links];
        succLag = new int[links];
        succType = new LinkType[links];
        succLagCalendar = new PeriodCalendar[links];
        int[] fill = Arrays.copyOf(succStart, n);
        for (int k = 0; k < links; k++) {
            int at = fill[b.linkFrom.get(k)]++;
            succ[at] = b.linkTo.get(k);
            succLag[at] = b.linkLag.get(k);
            succType[at] = b.linkType.get(k);
            succLagCalendar[at] = b.linkLagCalendar.get(k);
        }

        demStart = new int[n + 1];
        for (int a = 0; a < n; a++) {
            int count = 0;
            for (int r = 0; r < resources; r++) {
                if (b.demand[a * resources + r] > 0) {
                    count++;
                }
            }
            demStart[a + 1] = demStart[a] + count;
        }
        demResource = new int[demStart[n]];
        demQuantity = new int[demStart[n]];
        for (int a = 0, k = 0; a < n; a++) {
            for (int r = 0; r < resources; r++) {
                int q = b.demand[a * resources + r];
                if (q > 0) {
                    demResource[k] = r;
                    demQuantity[k++] = q;
                }
            }
        }
        topologicalOrder = topologicalOrderOrFail();
    }

    /** Starts a problem of {@code activities} activities and {@code resources} renewable resources. */
    public static Builder builder(int activities, int resources) {
        return new Builder(activities, resources);
    }

    public int activityCount() {
        return n;
    }

    public int resourceCount() {
        return resources;
    }

    public int projectCount() {
        return projects;
    }

    public int duration(int activity) {
        return duration[activity];
    }

    /** The earliest allowed start of the activity, before its project's release is applied. */
    public int release(int activity) {
        return release[activity];
    }

    public boolean isFixed(int activity) {
        return fixedStart[activity] >= 0;
    }

    /** The recorded start of a fixed activity; -1 for an activity that may move. */
    public int fixedStart(int activity) {
        return fixedStart[activity];
    }

    public int priority(int activity) {
        return priority[activity];
    }

    public int project(int activity) {
        return project[activity];
    }

    public int projectPriority(int project) {
        return projectPriority[project];
    }

    public int projectRelease(int project) {
        return projectRelease[project];
    }

    /** The resource's capacity: the most it has in any period when it changes over time. */
    public int capacity(int resource) {
        return capacity[resource];
    }

    /** The resource's capacity in one period. */
    public int capacity(int resource, int period) {
        int[] profile = capacityProfile[resource];
        return profile == null ? capacity[resource] : profile[period];
    }

    /** The activity's calendar, or {@code null} if it works in every period. */
    public PeriodCalendar calendar(int activity) {
        return calendar[activity];
    }

    /** The last period plus one that anything may occupy, or 0 when the problem has no horizon. */
    public int horizon() {
        return horizon;
    }

    /** The units of {@code resource} the activity holds in every period it runs. */
    public int demand(int activity, int resource) {
        for (int k = demStart[activity]; k < demStart[activity + 1]; k++) {
            if (demResource[k] == resource) {
                return demQuantity[k];
            }
        }
        return 0;
    }

    /** The direct successors of the activity. */
    public int[] successors(int activity) {
        return Arrays.copyOfRange(succ, succStart[activity], succStart[activity + 1]);
    }

    /** The lags of the links to {@link #successors(int)}, in the same order. */
    public int[] successorLags(int activity) {
        return Arrays.copyOfRange(succLag, succStart[activity], succStart[activity + 1]);
    }

    /** The types of the links to {@link #successors(int)}, in the same order. */
    public LinkType[] successorTypes(int activity) {
        return Arrays.copyOfRange(succType, succStart[activity], succStart[activity + 1]);
    }

    /** The calendars the lags of the links to {@link #successors(int)} count (null: every period), in the same order. */
    public PeriodCalendar[] successorLagCalendars(int activity) {
        return Arrays.copyOfRange(succLagCalendar, succStart[activity], succStart[activity + 1]);
    }

    public String activityName(int activity) {
        return activityNames[activity];
    }

    public String resourceName(int resource) {
        return resourceNames[resource];
    }

    public String projectName(int project) {
        return projectNames[project];
    }

    private int[] topologicalOrderOrFail() {
        int[] indegree = new int[n];
        for (int s : succ) {
            indegree[s]++;
        }
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int a = 0; a < n; a++) {
            if (indegree[a] == 0) {
                order[tail++] = a;
            }
        }
        while (head < tail) {
            int a = order[head++];
            for (int k = succStart[a]; k < succStart[a + 1]; k++) {
                if (--indegree[succ[k]] == 0) {
                    order[tail++] = succ[k];
                }
            }
        }
        if (tail < n) {
            throw new IllegalArgumentException("The links form a cycle: " + describeCycle(indegree));
        }
        return order;
    }

    /** Walks backwards from an activity left on a cycle until it repeats, and names that loop. */
    private String describeCycle(int[] indegree) {
        int[] predOnCycle = new int[n];
        Arrays.fill(predOnCycle, -1);
        for (int a = 0; a < n; a++) {
            for (int k = succStart[a]; k < succStart[a + 1]; k++) {
                if (indegree[a] > 0 && indegree[succ[k]] > 0) {
                    predOnCycle[succ[k]] = a;
                }
            }
        }
        int a = 0;
        while (indegree[a] == 0) {
            a++;
        }
        boolean[] seen = new boolean[n];
        while (!seen[a]) {
            seen[a] = true;
            a = predOnCycle[a];
        }
        List<Integer> loop = new ArrayList<>();
        int at = a;
        do {
            loop.add(at);
            at = predOnCycle[at];
        } while (at != a);
        java.util.Collections.reverse(loop);
        java.util.Collections.rotate(loop, -loop.indexOf(java.util.Collections.min(loop)));
        loop.add(loop.get(0));
        List<String> names = loop.stream().map(i -> activityNames[i]).toList();
        return String.join(" -> ", names);
    }

    /** Collects a problem activity by activity; {@link #build()} validates it as a whole. */
    public static final class Builder {
        private final int n;
        private final int resources;
        private final int[] duration;
        private final int[] release;
        private final int[] fixedStart;
        private final int[] priority;
        private final int[] project;
        private final int[] demand;
        private final int[] capacity;
        private final String[] activityNames;
        private final String[] resourceNames;
        private final List<Integer> linkFrom = new ArrayList<>();
        private final List<Integer> linkTo = new ArrayList<>();
        private final List<Integer> linkLag = new ArrayList<>();
        private final List<LinkType> linkType = new ArrayList<>();
        private final List<PeriodCalendar> linkLagCalendar = new ArrayList<>();
        private final PeriodCalendar[] calendar;
        private final int[][] capacityProfile;
        private int horizon;
        private final List<Integer> projectPriority = new ArrayList<>();
        private final List<Integer> projectRelease = new ArrayList<>();
        private final List<String> projectNames = new ArrayList<>();

        private Builder(int activities, int resources) {
            if (activities < 0 || resources < 0) {
                throw new IllegalArgumentException(
                        "A problem needs a non-negative number of activities and resources, not "
                                + activities + " and " + resources);
            }
            this.n = activities;
            this.resources = resources;
            duration = new int[n];
            release = new int[n];
            fixedStart = new int[n];
            Arrays.fill(fixedStart, -1);
            priority = new int[n];
            Arrays.fill(priority, DEFAULT_PRIORITY);
            project = new int[n];
            demand = new int[n * resources];
            capacity = new int[resources];
            calendar = new PeriodCalendar[n];
            capacityProfile = new int[resources][];
            activityNames = new String[n];
            resourceNames = new String[resources];
            for (int a = 0; a < n; a++) {
                activityNames[a] = "activity " + a;
            }
            for (int r = 0; r < resources; r++) {
                resourceNames[r] = "resource " + r;
            }
        }

        public Builder activityName(int activity, String name) {
            activityNames[checkActivity(activity)] = name;
            return this;
        }

        public Builder resourceName(int resource, String name) {
            resourceNames[checkResource(resource)] = name;
            return this;
        }

        public Builder duration(int activity, int periods) {
            duration[checkActivity(activity)] = periods;
            return this;
        }

        /** The earliest start allowed for the activity (its unleveled early start, a constraint). */
        public Builder release(int activity, int period) {
            release[checkActivity(activity)] = period;
            return this;
        }

        /** Marks the activity as started at {@code period} (an actual): the leveler keeps it there. */
        public Builder fix(int activity, int period) {
            if (period < 0) {
                throw new IllegalArgumentException(activityNames[checkActivity(activity)]
                        + " is fixed at a negative time (" + period + ")");
            }
            fixedStart[checkActivity(activity)] = period;
            return this;
        }

        /** Higher goes first among equals (MS Project's scale: 0 to 1000, default 500). */
        public Builder priority(int activity, int priority) {
            this.priority[checkActivity(activity)] = priority;
            return this;
        }

        /** A finish-to-start link: {@code successor} starts at least {@code lag} periods after {@code predecessor} finishes. */
        public Builder link(int predecessor, int successor, int lag) {
            return link(predecessor, successor, LinkType.FS, lag, null);
        }

        /**
         * A link of any type: the successor's start (SS, FS) or finish (FF, SF) comes at least
         * {@code lag} periods after the predecessor's start (SS, SF) or finish (FS, FF).
         */
        public Builder link(int predecessor, int successor, LinkType type, int lag) {
            return link(predecessor, successor, type, lag, null);
        }

        /**
         * A link whose lag counts the working periods of {@code lagCalendar} ({@code null}: every
         * period). The successor's start is the first of its working periods the link allows; a
         * link to its finish allows the starts whose finish, counted in the successor's working
         * periods, comes no earlier.
         */
        public Builder link(int predecessor, int successor, LinkType type, int lag, PeriodCalendar lagCalendar) {
            checkActivity(predecessor);
            checkActivity(successor);
            linkFrom.add(predecessor);
            linkTo.add(successor);
            linkLag.add(lag);
            linkType.add(java.util.Objects.requireNonNull(type, "type"));
            linkLagCalendar.add(lagCalendar);
            return this;
        }

        /** The periods anything may occupy: {@code [0, periods)}. Needed by calendars and capacity profiles. */
        public Builder horizon(int periods) {
            this.horizon = periods;
            return this;
        }

        /** The periods the activity works in; {@code null}: every period. */
        public Builder calendar(int activity, PeriodCalendar calendar) {
            this.calendar[checkActivity(activity)] = calendar;
            return this;
        }

        public Builder link(int predecessor, int successor) {
            return link(predecessor, successor, 0);
        }

        public Builder capacity(int resource, int units) {
            capacity[checkResource(resource)] = units;
            capacityProfile[resource] = null;
            return this;
        }

        /** A capacity that changes over time: the units available in each period of the horizon. */
        public Builder capacity(int resource, int[] unitsPerPeriod) {
            capacityProfile[checkResource(resource)] = unitsPerPeriod.clone();
            capacity[resource] = Arrays.stream(unitsPerPeriod).max().orElse(0);
            return this;
        }

        /** The units of {@code resource} the activity holds in every period it runs. */
        public Builder demand(int activity, int resource, int units) {
            demand[checkActivity(activity) * resources + checkResource(resource)] = units;
            return this;
        }

        public Builder project(int activity, int project) {
            this.project[checkActivity(activity)] = project;
            return this;
        }

        /** Name, priority (higher first, default 500) and release date (earliest start of all its activities) of a project. */
        public Builder project(int project, String name, int priority, int release) {
            if (project < 0) {
                throw new IllegalArgumentException("Project index " + project + " is negative");
            }
            while (projectPriority.size() <= project) {
                projectPriority.add(DEFAULT_PRIORITY);
                projectRelease.add(0);
                projectNames.add(null);
            }
            projectPriority.set(project, priority);
            projectRelease.set(project, release);
            projectNames.set(project, name);
            return this;
        }

        /**
         * Validates and freezes the problem.
         *
         * @throws UnschedulableDemandException if an activity needs more of a resource than its capacity
         * @throws IllegalArgumentException for negative values, links to themselves or a cycle
         */
        public LevelingProblem build() {
            List<String> problems = new ArrayList<>();
            for (int a = 0; a < n; a++) {
                String name = activityNames[a];
                negative(problems, duration[a], name + " has a negative duration");
                negative(problems, release[a], name + " has a negative release time");
                negative(problems, priority[a], name + " has a negative priority");
                negative(problems, project[a], name + " belongs to a negative project index");
                for (int r = 0; r < resources; r++) {
                    negative(problems, demand[a * resources + r],
                            name + " has a negative demand for " + resourceNames[r]);
                }
            }
            for (int r = 0; r < resources; r++) {
                negative(problems, capacity[r], resourceNames[r] + " has a negative capacity");
                if (capacityProfile[r] != null) {
                    negative(problems, Arrays.stream(capacityProfile[r]).min().orElse(0),
                            resourceNames[r] + " has a negative capacity in a period");
                    horizonOf(problems, capacityProfile[r].length, resourceNames[r] + "'s capacity profile");
                }
            }
            negative(problems, horizon, "The horizon is negative");
            for (int a = 0; a < n; a++) {
                if (calendar[a] != null) {
                    horizonOf(problems, calendar[a].horizon(), activityNames[a] + "'s calendar");
                }
            }
            for (int k = 0; k < linkFrom.size(); k++) {
                if (linkLagCalendar.get(k) != null) {
                    horizonOf(problems, linkLagCalendar.get(k).horizon(), "The lag calendar of the link "
                            + activityNames[linkFrom.get(k)] + " -> " + activityNames[linkTo.get(k)]);
                }
            }
            for (int q = 0; q < projectPriority.size(); q++) {
                String name = projectNames.get(q) != null ? projectNames.get(q) : "project " + q;
                negative(problems, projectPriority.get(q), "Project " + name + " has a negative priority");
                negative(problems, projectRelease.get(q), "Project " + name + " has a negative release");
            }
            for (int k = 0; k < linkFrom.size(); k++) {
                if (linkFrom.get(k).equals(linkTo.get(k))) {
                    problems.add(activityNames[linkFrom.get(k)] + " is linked to itself");
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            for (int a = 0; a < n; a++) {
                if (duration[a] == 0) {
                    continue;
                }
                for (int r = 0; r < resources; r++) {
                    if (demand[a * resources + r] > capacity[r]) {
                        throw new UnschedulableDemandException(a, activityNames[a], r, resourceNames[r],
                                demand[a * resources + r], capacity[r]);
                    }
                }
            }
            return new LevelingProblem(this);
        }

        private void horizonOf(List<String> problems, int periods, String what) {
            if (periods != horizon) {
                problems.add(what + " covers " + periods + " periods but the horizon is " + horizon
                        + (horizon == 0 ? " (set one)" : ""));
            }
        }

        private static void negative(List<String> problems, int value, String message) {
            if (value < 0) {
                problems.add(message + " (" + value + ")");
            }
        }

        private int checkActivity(int activity) {
            if (activity < 0 || activity >= n) {
                throw new IndexOutOfBoundsException("No activity " + activity + " in a problem of " + n);
            }
            return activity;
        }

        private int checkResource(int resource) {
            if (resource < 0 || resource >= resources) {
                throw new IndexOutOfBoundsException("No resource " + resource + " in a problem of " + resources);
            }
            return resource;
        }
    }
}
