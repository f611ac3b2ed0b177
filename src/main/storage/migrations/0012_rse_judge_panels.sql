-- Issue 13 item 1 (RSE judge panels): every judge of a run's panel scores every (student, item), so a
-- judgement is keyed by its judge too. SQLite cannot change a primary key in place: the table is made
-- anew and the old rows copied, each filed under its run's judge (a spec of that time names one, as
-- "judge"; "judges" is read too for any spec written since). Nothing else references rse_judgments.
CREATE TABLE rse_judgments_panel (
  run_id         TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  judge_alias    TEXT NOT NULL,
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
  PRIMARY KEY (run_id, student_alias, set_name, item_id, judge_alias)
) STRICT;

INSERT INTO rse_judgments_panel (run_id, judge_alias, student_alias, set_name, item_id, overall, style, structure, content, explanation, raw_reply,
  parsed_via, reasked, failed_reason)
SELECT j.run_id, coalesce(json_extract(r.spec_json, '$.judge'), json_extract(r.spec_json, '$.judges[0]'), ''), j.student_alias, j.set_name, j.item_id,
  j.overall, j.style, j.structure, j.content, j.explanation, j.raw_reply, j.parsed_via, j.reasked, j.failed_reason
FROM rse_judgments j JOIN runs r ON r.id = j.run_id;

DROP TABLE rse_judgments;
ALTER TABLE rse_judgments_panel RENAME TO rse_judgments;
