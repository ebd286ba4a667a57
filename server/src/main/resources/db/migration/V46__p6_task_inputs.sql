-- What decides a Primavera P6 activity's dates that tasks did not hold yet.
--
-- physical_percent_complete: P6's physical % complete, a decimal 0-100 entered by the project
--     manager (null: unknown). It sets no date of its own; P6's first pass reads it, and the
--     floats of as-late-as-possible activities come from that pass.
-- start_milestone: a milestone that marks the start of the work after it (P6's start milestone)
--     rather than the end of the work before it; only milestones are one.
-- constraint_type gains P6's "start on" and "finish on", which bound the early date from below
--     and the late date from above (unlike a mandatory start or finish, which fix both).
ALTER TABLE tasks ADD COLUMN physical_percent_complete DOUBLE PRECISION;
ALTER TABLE tasks ADD COLUMN start_milestone BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE tasks ADD CONSTRAINT tasks_physical_percent_ck CHECK (physical_percent_complete BETWEEN 0 AND 100);
ALTER TABLE tasks ADD CONSTRAINT tasks_start_milestone_ck CHECK (start_milestone = FALSE OR kind = 'MILESTONE');
ALTER TABLE tasks DROP CONSTRAINT tasks_constraint_ck;
ALTER TABLE tasks ADD CONSTRAINT tasks_constraint_ck
    CHECK (constraint_type IN ('ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO', 'START_ON', 'FINISH_ON'));
