-- ICE replicates keep their own stop state: each replicate's fuzzing loop ends for its own reason after
-- its own number of iterations, and until now only replicate 0's was kept. SQLite cannot change a
-- primary key in place: the table is made anew and the old rows copied as replicate 0 (the run's own
-- seed, the only one whose state was stored before). Nothing references it.
CREATE TABLE ice_run_state_replicates (
  run_id      TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  replicate   INTEGER NOT NULL DEFAULT 0,
  stop_reason TEXT NOT NULL,
  iterations  INTEGER NOT NULL,
  PRIMARY KEY (run_id, replicate)
) STRICT;

INSERT INTO ice_run_state_replicates (run_id, replicate, stop_reason, iterations)
SELECT run_id, 0, stop_reason, iterations FROM ice_run_state;

DROP TABLE ice_run_state;
ALTER TABLE ice_run_state_replicates RENAME TO ice_run_state;
