package io.linchpin.server.projects;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Changes to a task's fields; see {@link Patch}. The status changes only through a transition of
 * the workflow, and the place in the WBS only through a move.
 */
public class TaskChanges extends Patch {

    @Pattern(regexp = ProjectRules.NOT_BLANK, message = "must not be blank")
    @Size(max = 500)
    private String name;
    private TaskKind kind;
    @Min(0)
    @Max(WorkingDuration.MAX_MINUTES)
    private Long durationMinutes;
    @Size(max = 50)
    private List<@NotNull Long> assigneeIds;
    private Long departmentId;
    @Min(0)
    @Max(1000)
    private Integer priority;
    @Size(max = 20)
    private List<@NotNull @Pattern(regexp = ProjectRules.NOT_BLANK, message = "must not be blank") @Size(max = 64) String> tags;
    @Size(max = 20000)
    private String description;
    private LocalDate committedFinish;
    private Long calendarId;
    private ConstraintType constraintType;
    private LocalDateTime constraintDate;
    private LocalDateTime actualStart;
    private LocalDateTime actualFinish;
    @Min(0)
    @Max(100)
    private Integer percentComplete;
    @Min(0)
    @Max(WorkingDuration.MAX_MINUTES)
    private Long remainingMinutes;
    @DecimalMin("0")
    @DecimalMax("100")
    private Double physicalPercentComplete;
    private Boolean startMilestone;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        mark("name");
    }

    public TaskKind getKind() {
        return kind;
    }

    public void setKind(TaskKind kind) {
        this.kind = kind;
        mark("kind");
    }

    public Long getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Long durationMinutes) {
        this.durationMinutes = durationMinutes;
        mark("durationMinutes");
    }

    public List<Long> getAssigneeIds() {
        return assigneeIds;
    }

    public void setAssigneeIds(List<Long> assigneeIds) {
        this.assigneeIds = assigneeIds;
        mark("assigneeIds");
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
        mark("departmentId");
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
        mark("priority");
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
        mark("tags");
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
        mark("description");
    }

    public LocalDate getCommittedFinish() {
        return committedFinish;
    }

    public void setCommittedFinish(LocalDate committedFinish) {
        this.committedFinish = committedFinish;
        mark("committedFinish");
    }

    public Long getCalendarId() {
        return calendarId;
    }

    public void setCalendarId(Long calendarId) {
        this.calendarId = calendarId;
        mark("calendarId");
    }

    public ConstraintType getConstraintType() {
        return constraintType;
    }

    public void setConstraintType(ConstraintType constraintType) {
        this.constraintType = constraintType;
        mark("constraintType");
    }

    public LocalDateTime getConstraintDate() {
        return constraintDate;
    }

    public void setConstraintDate(LocalDateTime constraintDate) {
        this.constraintDate = constraintDate;
        mark("constraintDate");
    }

    public LocalDateTime getActualStart() {
        return actualStart;
    }

    public void setActualStart(LocalDateTime actualStart) {
        this.actualStart = actualStart;
        mark("actualStart");
    }

    public LocalDateTime getActualFinish() {
        return actualFinish;
    }

    public void setActualFinish(LocalDateTime actualFinish) {
        this.actualFinish = actualFinish;
        mark("actualFinish");
    }

    public Integer getPercentComplete() {
        return percentComplete;
    }

    public void setPercentComplete(Integer percentComplete) {
        this.percentComplete = percentComplete;
        mark("percentComplete");
    }

    public Long getRemainingMinutes() {
        return remainingMinutes;
    }

    public void setRemainingMinutes(Long remainingMinutes) {
        this.remainingMinutes = remainingMinutes;
        mark("remainingMinutes");
    }

    public Double getPhysicalPercentComplete() {
        return physicalPercentComplete;
    }

    public void setPhysicalPercentComplete(Double physicalPercentComplete) {
        this.physicalPercentComplete = physicalPercentComplete;
        mark("physicalPercentComplete");
    }

    public Boolean getStartMilestone() {
        return startMilestone;
    }

    public void setStartMilestone(Boolean startMilestone) {
        this.startMilestone = startMilestone;
        mark("startMilestone");
    }
}
