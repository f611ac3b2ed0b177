-- Issue 16 (ICE replicates): a run may fuzz its target several times with seeds derived from its own,
-- and each replicate's template ids and attack rows start again from 0, so nodes and rows are keyed by
-- their replicate too. SQLite cannot change a primary key in place: each table is made anew and the
-- old rows copied as replicate 0 (the run's own seed, all there was before). Nothing references them.
CREATE TABLE ice_nodes_replicates (
  run_id       TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  replicate    INTEGER NOT NULL DEFAULT 0,
  node_id      INTEGER NOT NULL,
  level        INTEGER NOT NULL,
  seed_id      TEXT,
  parent_id    INTEGER,
  partner_id   INTEGER,
  mutator      TEXT,
  iteration    INTEGER,
  text         TEXT NOT NULL,
  helper_error TEXT,
  helper_error_class TEXT,
  PRIMARY KEY (run_id, replicate, node_id)
) STRICT;

INSERT INTO ice_nodes_replicates (run_id, replicate, node_id, level, seed_id, parent_id, partner_id, mutator, iteration, text, helper_error, helper_error_class)
SELECT run_id, 0, node_id, level, seed_id, parent_id, partner_id, mutator, iteration, text, helper_error, helper_error_class FROM ice_nodes;

DROP TABLE ice_nodes;
ALTER TABLE ice_nodes_replicates RENAME TO ice_nodes;

CREATE TABLE ice_rows_replicates (
  run_id         TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  replicate      INTEGER NOT NULL DEFAULT 0,
  mutant_id      INTEGER NOT NULL,
  question_index INTEGER NOT NULL,
  iteration      INTEGER NOT NULL,
  loose          INTEGER,
  strict         INTEGER,
  row_json       TEXT NOT NULL,
  PRIMARY KEY (run_id, replicate, mutant_id, question_index)
) STRICT;

INSERT INTO ice_rows_replicates (run_id, replicate, mutant_id, question_index, iteration, loose, strict, row_json)
SELECT run_id, 0, mutant_id, question_index, iteration, loose, strict, row_json FROM ice_rows;

-- Dropping the old table drops its display-order index (0010); it is made again with the replicate first.
DROP TABLE ice_rows;
ALTER TABLE ice_rows_replicates RENAME TO ice_rows;
CREATE INDEX ice_rows_display_order ON ice_rows(run_id, replicate, iteration, mutant_id, question_index);
