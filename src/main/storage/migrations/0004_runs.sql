-- Runs of any kind. The spec is frozen at start; status moves pending -> running -> completed |
-- cancelled | failed, or paused / interrupted (resumable). `spec_hash` lets the command line
-- find an unfinished run of the same spec and resume it.
CREATE TABLE runs (
  id            TEXT PRIMARY KEY,
  kind          TEXT NOT NULL,
  name          TEXT NOT NULL,
  spec_json     TEXT NOT NULL,
  spec_hash     TEXT NOT NULL,
  manifest_json TEXT NOT NULL DEFAULT '{}',
  status        TEXT NOT NULL CHECK (status IN ('pending', 'running', 'paused', 'interrupted', 'completed', 'cancelled', 'failed')),
  error         TEXT,
  created_at    TEXT NOT NULL,
  started_at    TEXT,
  finished_at   TEXT
) STRICT;
CREATE INDEX runs_spec_hash ON runs(spec_hash);

-- The prompts of an RSE run, drawn once at start so a resumed run asks exactly the same ones.
CREATE TABLE rse_items (
  run_id    TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  set_name  TEXT NOT NULL,
  item_id   TEXT NOT NULL,
  position  INTEGER NOT NULL,
  prompt    TEXT NOT NULL,
  PRIMARY KEY (run_id, set_name, item_id)
) STRICT;

-- Every answer (reference and students) as it arrives; a failed call is stored with its error.
CREATE TABLE rse_answers (
  run_id        TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  model_alias   TEXT NOT NULL,
  set_name      TEXT NOT NULL,
  item_id       TEXT NOT NULL,
  text          TEXT,
  error_class   TEXT,
  error_message TEXT,
  cost_usd      REAL NOT NULL DEFAULT 0,
  cached        INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, model_alias, set_name, item_id)
) STRICT;

-- Every judgement: the scores when the reply could be read, otherwise why not (never guessed).
CREATE TABLE rse_judgments (
  run_id         TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  student_alias  TEXT NOT NULL,
  set_name       TEXT NOT NULL,
  item_id        TEXT NOT NULL,
  overall        REAL,
  style          REAL,
  structure      REAL,
  content        REAL,
  explanation    TEXT,
  raw_reply      TEXT,
  parsed_via     TEXT,
  reasked        INTEGER NOT NULL DEFAULT 0,
  failed_reason  TEXT,
  PRIMARY KEY (run_id, student_alias, set_name, item_id)
) STRICT;
