-- The scheduling options of a project, as the engine's ScheduleOptions holds them, so that a
-- Primavera P6 schedule imported keeps what decides its dates. Numbered after V40 (transfer)
-- because a database at V40 must still take it in order; the schedule module owns the columns.
--
-- critical_float_minutes: a task is critical when its total float is at most this many working
--     minutes (P6 "define critical activities as total float less than or equal to"; negative:
--     only tasks already late are critical).
-- honor_constraints: constraints win over links (MS Project's "tasks will always honor their
--     constraint dates").
-- lag_calendar, progress_mode, float_basis: null takes the rule set's default (MS Project: lags on
--     the successor's calendar, smallest float; P6: lags on the predecessor's calendar, finish
--     float; both retained logic).
-- must_finish_by: the latest project finish, the late finish of open-ended tasks (wall-clock time
--     of the project); null for the early finish.
ALTER TABLE projects ADD COLUMN critical_float_minutes INT DEFAULT 0 NOT NULL;
ALTER TABLE projects ADD COLUMN honor_constraints BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE projects ADD COLUMN lag_calendar VARCHAR(20);
ALTER TABLE projects ADD COLUMN progress_mode VARCHAR(20);
ALTER TABLE projects ADD COLUMN float_basis VARCHAR(10);
ALTER TABLE projects ADD COLUMN must_finish_by TIMESTAMP;
ALTER TABLE projects ADD CONSTRAINT projects_lag_calendar_ck
    CHECK (lag_calendar IN ('PREDECESSOR', 'SUCCESSOR', 'PROJECT', 'TWENTY_FOUR_HOUR'));
ALTER TABLE projects ADD CONSTRAINT projects_progress_mode_ck CHECK (progress_mode IN ('RETAINED_LOGIC', 'PROGRESS_OVERRIDE'));
ALTER TABLE projects ADD CONSTRAINT projects_float_basis_ck CHECK (float_basis IN ('START', 'FINISH', 'SMALLEST'));
