-- A cap on requests in flight to a provider's server, shared by all its models (issue 17 item 5).
-- NULL: none set, so a local-server preset's default applies (Ollama, LM Studio, vLLM) and others
-- have none.
ALTER TABLE providers ADD COLUMN max_concurrent INTEGER CHECK (max_concurrent IS NULL OR max_concurrent BETWEEN 1 AND 256);
