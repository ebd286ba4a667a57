package io.linchpin.engine.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One task (activity) of a plan, as the project manager entered it. Immutable; build with
 * {@link #builder(String)}.
 *
 * <p>A task named as another's {@link #parent()} is a summary: its dates roll up from its children
 * and its own duration is ignored. Durations are working minutes on the task's calendar, or
 * wall-clock minutes when {@link #elapsed()}.
 */
public final class Task {

    private final String id;
    private final Long uniqueId;
    private final String name;
    private final String parent;
    private final boolean milestone;
    private final boolean startMilestone;
    private final int duration;
    private final boolean elapsed;
    private final String calendar;
    private final Constraint constraint;
    private final Constraint secondaryConstraint;
    private final LocalDateTime deadline;
    private final List<Link> predecessors;
    private final LocalDateTime actualStart;
    private final LocalDateTime actualFinish;
    private final double percentComplete;
    private final double physicalPercentComplete;
    private final Integer remainingDuration;
    private final LocalDateTime manualStart;
    private final LocalDateTime manualFinish;
    private final int priority;

    private Task(Builder b) {
        this.id = b.id;
        this.uniqueId = b.uniqueId;
        this.name = b.name == null ? b.id : b.name;
        this.parent = b.parent;
        this.milestone = b.milestone;
        this.startMilestone = b.startMilestone;
        this.duration = b.duration;
        this.elapsed = b.elapsed;
        this.calendar = b.calendar;
        this.constraint = b.constraint;
        this.secondaryConstraint = b.secondaryConstraint;
        this.deadline = b.deadline;
        this.predecessors = List.copyOf(b.predecessors);
        this.actualStart = b.actualStart;
        this.actualFinish = b.actualFinish;
        this.percentComplete = b.percentComplete;
        this.physicalPercentComplete = b.physicalPercentComplete;
        this.remainingDuration = b.remainingDuration;
        this.manualStart = b.manualStart;
        this.manualFinish = b.manualFinish;
        this.priority = b.priority;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder holding this task's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.uniqueId = uniqueId;
        b.name = name;
        b.parent = parent;
        b.milestone = milestone;
        b.startMilestone = startMilestone;
        b.duration = duration;
        b.elapsed = elapsed;
        b.calendar = calendar;
        b.constraint = constraint;
        b.secondaryConstraint = secondaryConstraint;
        b.deadline = deadline;
        b.predecessors.addAll(predecessors);
        b.actualStart = actualStart;
        b.actualFinish = actualFinish;
        b.percentComplete = percentComplete;
        b.physicalPercentComplete = physicalPercentComplete;
        b.remainingDuration = remainingDuration;
        b.manualStart = manualStart;
        b.manualFinish = manualFinish;
        b.priority = priority;
        return b;
    }

    /** The id the project manager sees (MS Project's ID, P6's Activity ID). */
    public String id() {
        return id;
    }

    /** A stable numeric id from the source file, or {@code null}. */
    public Long uniqueId() {
        return uniqueId;
    }

    public String name() {
        return name;
    }

    /** Id of the summary task this task belongs to, or {@code null}. */
    public String parent() {
        return parent;
    }

    /** Whether the task was marked as a milestone (a task without children and duration zero is one too). */
    public boolean milestone() {
        return milestone;
    }

    /**
     * Whether a milestone marks the start of the work after it (P6's start milestone) rather than
     * the end of the work before it (a finish milestone, MS Project's only kind).
     */
    public boolean startMilestone() {
        return startMilestone;
    }

    /** Planned duration: working minutes on the task's calendar, or wall-clock minutes if {@link #elapsed()}. */
    public int duration() {
        return duration;
    }

    public boolean elapsed() {
        return elapsed;
    }

    /** Calendar id, or {@code null} for the plan's calendar. */
    public String calendar() {
        return calendar;
    }

    public Constraint constraint() {
        return constraint;
    }

    /** A second constraint (P6 allows two), or {@code null}. */
    public Constraint secondaryConstraint() {
        return secondaryConstraint;
    }

    /** Deadline (MS Project): a late finish no later than this date, or {@code null}. */
    public LocalDateTime deadline() {
        return deadline;
    }

    public List<Link> predecessors() {
        return predecessors;
    }

    public LocalDateTime actualStart() {
        return actualStart;
    }

    public LocalDateTime actualFinish() {
        return actualFinish;
    }

    /** Percent complete, 0 to 100. */
    public double percentComplete() {
        return percentComplete;
    }

    /** P6's physical percent complete: 0 unless the file gives one. */
    public double physicalPercentComplete() {
        return physicalPercentComplete;
    }

    /** Remaining duration in the task's duration units, or {@code null} to derive it from percent complete. */
    public Integer remainingDuration() {
        return remainingDuration;
    }

    /** Start of a manually scheduled task (MS Project), or {@code null} for an automatically scheduled one. */
    public LocalDateTime manualStart() {
        return manualStart;
    }

    /** Finish of a manually scheduled task, or {@code null}. */
    public LocalDateTime manualFinish() {
        return manualFinish;
    }

    public boolean isManuallyScheduled() {
        return manualStart != null;
    }

    /**
     * Leveling priority, 0 to 1000 (MS Project's scale, 500 by default): among tasks competing for
     * a resource the higher goes first; 1000 means "do not level" (the task is never delayed).
     */
    public int priority() {
        return priority;
    }

    @Override
    public String toString() {
        return "task " + id + (name.equals(id) ? "" : " '" + name + "'");
    }

    /** Builds a {@link Task}. */
    public static final class Builder {
        private final String id;
        private Long uniqueId;
        private String name;
        private String parent;
        private boolean milestone;
        private boolean startMilestone;
        private int duration;
        private boolean elapsed;
        private String calendar;
        private Constraint constraint = Constraint.ASAP;
        private Constraint secondaryConstraint;
        private LocalDateTime deadline;
        private final List<Link> predecessors = new ArrayList<>();
        private LocalDateTime actualStart;
        private LocalDateTime actualFinish;
        private double percentComplete;
        private double physicalPercentComplete;
        private Integer remainingDuration;
        private LocalDateTime manualStart;
        private LocalDateTime manualFinish;
        private int priority = Project.DEFAULT_PRIORITY;

        private Builder(String id) {
            Objects.requireNonNull(id, "id");
            if (id.isBlank()) {
                throw new IllegalArgumentException("a task id must not be blank");
            }
            this.id = id;
        }

        public Builder uniqueId(Long value) {
            this.uniqueId = value;
            return this;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder parent(String value) {
            this.parent = value;
            return this;
        }

        public Builder milestone(boolean value) {
            this.milestone = value;
            return this;
        }

        /** Marks a milestone as a start milestone (P6). */
        public Builder startMilestone(boolean value) {
            this.startMilestone = value;
            return this;
        }

        /** Duration in working minutes. */
        public Builder duration(int minutes) {
            if (minutes < 0) {
                throw new IllegalArgumentException("task " + id + ": duration must not be negative, got " + minutes + " minutes");
            }
            this.duration = minutes;
            this.elapsed = false;
            return this;
        }

        /** Duration in wall-clock minutes, working time or not. */
        public Builder elapsedDuration(int minutes) {
            duration(minutes);
            this.elapsed = true;
            return this;
        }

        public Builder calendar(String value) {
            this.calendar = value;
            return this;
        }

        public Builder constraint(Constraint value) {
            this.constraint = value == null ? Constraint.ASAP : value;
            return this;
        }

        public Builder secondaryConstraint(Constraint value) {
            this.secondaryConstraint = value;
            return this;
        }

        public Builder deadline(LocalDateTime value) {
            this.deadline = value;
            return this;
        }

        public Builder predecessor(Link link) {
            predecessors.add(Objects.requireNonNull(link, "link"));
            return this;
        }

        public Builder predecessors(List<Link> links) {
            predecessors.clear();
            links.forEach(this::predecessor);
            return this;
        }

        public Builder actualStart(LocalDateTime value) {
            this.actualStart = value;
            return this;
        }

        public Builder actualFinish(LocalDateTime value) {
            this.actualFinish = value;
            return this;
        }

        public Builder percentComplete(double value) {
            if (!(value >= 0 && value <= 100)) {
                throw new IllegalArgumentException("task " + id + ": percent complete must be between 0 and 100, got " + value);
            }
            this.percentComplete = value;
            return this;
        }

        /**
         * P6's physical percent complete, as the project manager enters it (0 by default). It sets
         * no date; P6 reads it in the pass its as-late-as-possible floats come from.
         */
        public Builder physicalPercentComplete(double value) {
            if (!(value >= 0 && value <= 100)) {
                throw new IllegalArgumentException("task " + id + ": physical percent complete must be between 0 and 100, got " + value);
            }
            this.physicalPercentComplete = value;
            return this;
        }

        public Builder remainingDuration(Integer minutes) {
            if (minutes != null && minutes < 0) {
                throw new IllegalArgumentException("task " + id + ": remaining duration must not be negative, got " + minutes);
            }
            this.remainingDuration = minutes;
            return this;
        }

        /** Makes the task manually scheduled at the given dates (MS Project). */
        public Builder manual(LocalDateTime start, LocalDateTime finish) {
            if ((start == null) != (finish == null)) {
                throw new IllegalArgumentException("task " + id + ": a manually scheduled task needs both a start and a finish");
            }
            this.manualStart = start;
            this.manualFinish = finish;
            return this;
        }

        /** Leveling priority, 0 to 1000 (500 unless set). */
        public Builder priority(int value) {
            Project.checkPriority("task " + id, value);
            this.priority = value;
            return this;
        }

        public Task build() {
            return new Task(this);
        }
    }
}
