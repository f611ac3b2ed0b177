-- Prompt sets: lists of prompts that reference and student models answer (RSE). Built-in sets are
-- seeded at start (builtin = 1) and cannot be deleted; imported and downloaded sets can.
-- `content_hash` (SHA-256 of the items) finds an identical set already stored, so importing the
-- same file for a run twice reuses it instead of storing a copy.
CREATE TABLE prompt_sets (
  id           TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  domain       TEXT NOT NULL CHECK (domain IN ('general', 'math', 'instruction', 'other')),
  source_note  TEXT NOT NULL DEFAULT '',
  origin_json  TEXT NOT NULL DEFAULT '{}',
  builtin      INTEGER NOT NULL CHECK (builtin IN (0, 1)),
  item_count   INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX prompt_sets_content_hash ON prompt_sets(content_hash);

-- One row per prompt. `item_id` is stable within its set (the source's own id when it has one) and
-- `position` keeps the file's order, which seeded sampling depends on.
CREATE TABLE prompt_items (
  set_id        TEXT NOT NULL REFERENCES prompt_sets(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  item_id       TEXT NOT NULL,
  prompt        TEXT NOT NULL,
  category      TEXT,
  metadata_json TEXT,
  PRIMARY KEY (set_id, position)
) STRICT;
CREATE UNIQUE INDEX prompt_items_item_id ON prompt_items(set_id, item_id);
