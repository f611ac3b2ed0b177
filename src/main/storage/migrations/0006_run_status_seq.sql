-- Counts a run's status changes. Events (WebSocket or IPC) and replies to requests travel on
-- different channels, so the renderer can receive an older copy of a run after a newer one; the
-- higher number wins. Without it a list fetched just before a run ended could show it running forever.
ALTER TABLE runs ADD COLUMN status_seq INTEGER NOT NULL DEFAULT 0;
