package io.linchpin.server.schedule;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Schedules, once, the projects that have never been scheduled: those that existed before the live
 * schedule (V30). Each in its own transaction under the project's lock; a project another server
 * has scheduled meanwhile is left alone, and one that cannot be scheduled (a loop through a
 * summary) waits for its next change.
 */
@Component
class ScheduleBackfill {

    private static final Logger log = LoggerFactory.getLogger(ScheduleBackfill.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Rescheduler rescheduler;
    private final ScheduleStore store;

    ScheduleBackfill(JdbcClient jdbc, TransactionTemplate transactions, Rescheduler rescheduler, ScheduleStore store) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.rescheduler = rescheduler;
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void scheduleTheUnscheduled() {
        List<Long> projects = jdbc.sql("SELECT id FROM projects WHERE schedule_version = 0 ORDER BY id")
                .query(Long.class).list();
        for (long project : projects) {
            try {
                transactions.executeWithoutResult(tx -> {
                    if (store.lock(project).scheduleVersion() == 0) {
                        rescheduler.reschedule(project, null, null, "first schedule");
                    }
                });
            } catch (RuntimeException e) {
                log.warn("Project {} could not be scheduled yet: {}", project, e.getMessage());
            }
        }
    }
}
