-- Providers: where models are called and how. No key is ever stored here (see storage/secrets).
CREATE TABLE providers (
  id           TEXT PRIMARY KEY,
  name         TEXT NOT NULL,
  preset       TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('openai', 'anthropic')),
  base_url     TEXT NOT NULL,
  headers_json TEXT NOT NULL DEFAULT '{}',
  timeout_ms   INTEGER NOT NULL,
  proxy        TEXT,
  api_key_env  TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

-- Models: a provider plus a model id and how to call it. A provider in use cannot be deleted.
CREATE TABLE models (
  id              TEXT PRIMARY KEY,
  provider_id     TEXT NOT NULL REFERENCES providers(id) ON DELETE RESTRICT,
  model           TEXT NOT NULL,
  name            TEXT NOT NULL,
  generation_json TEXT NOT NULL,
  prices_json     TEXT NOT NULL,
  limits_json     TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX models_provider ON models(provider_id);

-- Successful replies keyed by everything that determines them (core/llm/cache-key.ts): an
-- identical call is answered from here and never sent again, across runs and restarts.
CREATE TABLE llm_cache (
  key        TEXT PRIMARY KEY,
  reply_json TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

-- Every call made or answered from the cache: usage, cost and failures for progress and budgets.
CREATE TABLE llm_calls (
  id            INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  model_id      TEXT NOT NULL,
  run_id        TEXT,
  cached        INTEGER NOT NULL CHECK (cached IN (0, 1)),
  input_tokens  INTEGER NOT NULL,
  output_tokens INTEGER NOT NULL,
  cost_usd      REAL NOT NULL,
  latency_ms    REAL NOT NULL,
  error_class   TEXT
) STRICT;
CREATE INDEX llm_calls_run ON llm_calls(run_id);
CREATE INDEX llm_calls_model ON llm_calls(model_id);
