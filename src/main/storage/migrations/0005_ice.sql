-- ICE (METHOD.md section 2).

-- Identity facts the user added or changed; a built-in fact with a row here is shown as edited, and
-- resetting deletes the row. Built-ins themselves ship in resources/ice and are not copied here.
CREATE TABLE identity_facts (
  id            TEXT PRIMARY KEY,
  vendor        TEXT NOT NULL,
  series_json   TEXT NOT NULL,
  keywords_json TEXT NOT NULL,
  fact          TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

-- The fact a saved model says is its own (the ICE wizard fills the target's fact from it).
ALTER TABLE models ADD COLUMN identity_fact_id TEXT;

-- Identity question sets and seed template sets the user imported or downloaded. Sets are small
-- (hundreds of items), so the items are one JSON array; `content_hash` finds an identical set.
-- `counts_json` (questions per language, templates with and without placeholder) lets the list be
-- shown without reading every set's items.
CREATE TABLE ice_sets (
  id           TEXT PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('questions', 'seeds')),
  name         TEXT NOT NULL,
  source_note  TEXT NOT NULL DEFAULT '',
  origin_json  TEXT NOT NULL DEFAULT '{}',
  item_count   INTEGER NOT NULL,
  counts_json  TEXT NOT NULL DEFAULT '{}',
  content_hash TEXT NOT NULL,
  items_json   TEXT NOT NULL,
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX ice_sets_content_hash ON ice_sets(kind, content_hash);

-- What an ICE run works on, frozen at its start so a resumed run uses exactly the same questions,
-- seeds, facts and keywords whatever the library says by then.
CREATE TABLE ice_run_inputs (
  run_id      TEXT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
  inputs_json TEXT NOT NULL
) STRICT;

-- Every template the run made: seeds (level 0) and mutants with parent, mutator and level. A failed
-- helper call is a node too (helper_error, no text), so a replay makes the same decisions.
CREATE TABLE ice_nodes (
  run_id       TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
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
  PRIMARY KEY (run_id, node_id)
) STRICT;

-- Every attack row (one question asked with one mutant) once judged, stored as it arrives. The row
-- is JSON (answer, judge replies); the verdicts are columns for counting and filtering.
CREATE TABLE ice_rows (
  run_id         TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  mutant_id      INTEGER NOT NULL,
  question_index INTEGER NOT NULL,
  iteration      INTEGER NOT NULL,
  loose          INTEGER,
  strict         INTEGER,
  row_json       TEXT NOT NULL,
  PRIMARY KEY (run_id, mutant_id, question_index)
) STRICT;

-- Where the fuzzing loop stopped and why, once it has (a paused run has no row).
CREATE TABLE ice_run_state (
  run_id      TEXT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
  stop_reason TEXT NOT NULL,
  iterations  INTEGER NOT NULL
) STRICT;
