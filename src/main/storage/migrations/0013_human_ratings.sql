-- Issue 13 item 6: a person's own ratings of a run's sampled items ("Rate items yourself"), kept
-- with the run (and in its paper package) to measure each judge against a human. `rating` is an RSE
-- overall score 1-5 or an ICE verdict 0/1; `item_key` names the item as the spot check does.
CREATE TABLE human_ratings (
  run_id    TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  item_key  TEXT NOT NULL,
  rating    INTEGER NOT NULL,
  rated_at  TEXT NOT NULL,
  PRIMARY KEY (run_id, item_key)
) STRICT;
