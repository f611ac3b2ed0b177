-- User preferences that belong with the data (theme, defaults). One row per key, JSON value,
-- validated by the settings repository on every read.
CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
