-- Issue 17 item 1: an RSE answer that the response cache holds is stored as the cache's key, not as a
-- second copy of its text. Answers stored before keep their text; `cache_key` is NULL for them.
ALTER TABLE rse_answers ADD COLUMN cache_key TEXT;
