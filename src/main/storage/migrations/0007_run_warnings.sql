-- Why a finished run is "completed with warnings" (unreadable judgements, calls that failed after
-- retries), as a JSON array of sentences. The status column keeps 'completed' for such runs: SQLite
-- cannot change the status CHECK constraint without rebuilding `runs`, and rebuilding a table that
-- others reference ON DELETE CASCADE inside the migration's transaction would delete their rows.
-- The repository reports 'completed' with warnings as 'completed_with_warnings'.
ALTER TABLE runs ADD COLUMN warnings_json TEXT NOT NULL DEFAULT '[]';
