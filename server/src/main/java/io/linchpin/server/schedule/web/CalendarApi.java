package io.linchpin.server.schedule.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.linchpin.server.identity.LinchpinUser;
import io.linchpin.server.schedule.CalendarDraft;
import io.linchpin.server.schedule.CalendarService;
import io.linchpin.server.schedule.CalendarView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/projects/{projectId}/calendars")
@Tag(name = "Calendars", description = "A project's working-time calendars: week hours and exceptions such as holidays")
class CalendarApi {

    private final CalendarService calendars;

    CalendarApi(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    @Operation(summary = "List the project's calendars")
    List<CalendarView> list(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId) {
        return calendars.list(projectId, user);
    }

    @GetMapping("/{calendarId}")
    @Operation(summary = "Read a calendar")
    ResponseEntity<CalendarView> get(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long calendarId) {
        CalendarView calendar = calendars.get(projectId, calendarId, user);
        return ResponseEntity.ok().eTag(IfMatch.etag(calendar.version())).body(calendar);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a calendar (managers)", description = "Problems name their field: week.MONDAY[1] for a "
            + "range that is not HH:mm-HH:mm, week.MONDAY for overlapping ranges, exceptions[0].end for a range that "
            + "ends before it starts.")
    ResponseEntity<CalendarView> create(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @Valid @RequestBody CalendarDraft draft) {
        CalendarView created = calendars.create(projectId, user, draft);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/calendars/" + created.id()))
                .eTag(IfMatch.etag(created.version())).body(created);
    }

    @PutMapping("/{calendarId}")
    @Operation(summary = "Replace a calendar's name, hours and exceptions (managers); the project is rescheduled",
            description = "Send the version you changed (If-Match or version); a stale version gets 409.")
    ResponseEntity<CalendarView> update(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long calendarId, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CalendarDraft draft) {
        CalendarView calendar = calendars.update(projectId, calendarId, user, IfMatch.required(ifMatch, draft.version()),
                draft);
        return ResponseEntity.ok().eTag(IfMatch.etag(calendar.version())).body(calendar);
    }

    @DeleteMapping("/{calendarId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a calendar no task and not the project follows (managers)")
    ResponseEntity<Void> delete(@AuthenticationPrincipal LinchpinUser user, @PathVariable long projectId,
            @PathVariable long calendarId) {
        calendars.delete(projectId, calendarId, user);
        return ResponseEntity.noContent().build();
    }
}
