-- Issue 16 (RSE): answers beyond a prompt's first (a student's further samples, the reference's second
-- sample for the ceiling) and the judgements of the run's checks (further samples, ceiling, floor,
-- swapped roles). Kept apart from rse_answers and rse_judgments, so every read of a run's headline
-- answers and judgements is what it was. An answer the response cache holds is stored as its key, as in 0011.
CREATE TABLE rse_extra_answers (
  run_id        TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  model_alias   TEXT NOT NULL,
  set_name      TEXT NOT NULL,
  item_id       TEXT NOT NULL,
  sample        INTEGER NOT NULL CHECK (sample >= 1),
  text          TEXT,
  cache_key     TEXT,
  error_class   TEXT,
  error_message TEXT,
  cost_usd      REAL NOT NULL DEFAULT 0,
  cached        INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, model_alias, set_name, item_id, sample)
) STRICT;

-- kind 'sample': a student's answer number `sample` (1+) against the reference's answer.
-- kind 'ceiling': the reference's second answer (student_alias is the reference, sample 1) against its first.
-- kind 'floor': a student's answer to prompt `paired_item` against the reference's answer to `item_id`, another prompt of the same set.
-- kind 'swap': a student's answer to `item_id` in the reference's role, the reference's answer in the candidate's.
CREATE TABLE rse_check_judgments (
  run_id         TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  kind           TEXT NOT NULL CHECK (kind IN ('sample', 'ceiling', 'floor', 'swap')),
  judge_alias    TEXT NOT NULL,
  student_alias  TEXT NOT NULL,
  set_name       TEXT NOT NULL,
  item_id        TEXT NOT NULL,
  sample         INTEGER NOT NULL DEFAULT 0,
  paired_item    TEXT,
  overall        REAL,
  style          REAL,
  structure      REAL,
  content        REAL,
  explanation    TEXT,
  raw_reply      TEXT,
  parsed_via     TEXT,
  reasked        INTEGER NOT NULL DEFAULT 0,
  failed_reason  TEXT,
  PRIMARY KEY (run_id, kind, student_alias, set_name, item_id, sample, judge_alias)
) STRICT;
