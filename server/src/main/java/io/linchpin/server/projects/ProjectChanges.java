package io.linchpin.server.projects;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Changes to a project; see {@link Patch}. Changing the owner needs the owner role. */
public class ProjectChanges extends Patch {

    @Pattern(regexp = ProjectRules.CODE, message = ProjectRules.CODE_MESSAGE)
    private String code;
    @Pattern(regexp = ProjectRules.NOT_BLANK, message = "must not be blank")
    @Size(max = 200)
    private String name;
    @Size(max = 10000)
    private String description;
    private Long ownerId;
    @Size(max = 64)
    private String timeZone;
    @Size(max = 3)
    private String currency;
    private ProjectStatus status;
    private LocalDate plannedStart;
    private LocalDate committedFinish;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
        mark("code");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
        mark("name");
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
        mark("description");
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
        mark("ownerId");
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
        mark("timeZone");
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
        mark("currency");
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
        mark("status");
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
        mark("plannedStart");
    }

    public LocalDate getCommittedFinish() {
        return committedFinish;
    }

    public void setCommittedFinish(LocalDate committedFinish) {
        this.committedFinish = committedFinish;
        mark("committedFinish");
    }
}
