-- Results of runs, computed once and kept (issue 17 item 2): a run's scores and bootstrap intervals
-- for one state of the run (`status_seq`) and one shape of the results (`shape_version`, raised by
-- the code whenever what it stores changes). A row whose seq or shape differs is recomputed;
-- `invalidateResults` deletes the row when what the results depend on changes otherwise.
CREATE TABLE results_cache (
  run_id        TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('rse', 'ice')),
  status_seq    INTEGER NOT NULL,
  shape_version INTEGER NOT NULL,
  computed_at   TEXT NOT NULL,
  results_json  TEXT NOT NULL,
  PRIMARY KEY (run_id, kind)
) STRICT;

-- Item and row pages are read in display order with LIMIT/OFFSET (issue 17 item 3).
CREATE INDEX rse_items_display_order ON rse_items(run_id, set_name, position);
CREATE INDEX ice_rows_display_order ON ice_rows(run_id, iteration, mutant_id, question_index);
