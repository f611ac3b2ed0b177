-- The model version each call's provider reported (issue 15 item 5): the reply's model field and,
-- for OpenAI-style providers, its system fingerprint. NULL for calls made before this was kept,
-- failed calls, and providers that report neither.
ALTER TABLE llm_calls ADD COLUMN reported_model TEXT;
ALTER TABLE llm_calls ADD COLUMN system_fingerprint TEXT;
