package io.linchpin.server.projects.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Moments shown in the project's own time zone, as pages read them: {@code ${@pageDates.at(c.createdAt, project.timeZone)}}. */
@Component
class PageDates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A schedule date, already in the project's wall-clock time. */
    public String on(LocalDateTime moment) {
        return moment == null ? "—" : MINUTE.format(moment);
    }

    public String at(Instant moment, String timeZone) {
        if (moment == null) {
            return "";
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            zone = ZoneOffset.UTC;
        }
        return MINUTE.format(moment.atZone(zone));
    }
}
