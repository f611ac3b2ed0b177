import { normaliseSecret } from './secret-input'
import { SecretStoreError, type SecretStore } from './secret-store'

/**
 * API keys from environment variables: how browser mode and the command line work without a
 * store, and how a desktop user can keep a key out of Distillscope's files altogether. A model or
 * provider names the variable (`apiKeyEnv`, e.g. OPENAI_API_KEY); this reads it. Main process only.
 */
export type Environment = Readonly<Record<string, string | undefined>>

const ENV_NAME_PATTERN = /^[A-Z_][A-Z0-9_]{0,127}$/

/**
 * Distillscope's own variables (the passphrase above all) must never be sent to a provider as an
 * API key, whatever a hand-written or imported model configuration says.
 */
const RESERVED_PREFIX = 'DISTILLSCOPE_'

export function isValidEnvName(name: unknown): name is string {
  return typeof name === 'string' && ENV_NAME_PATTERN.test(name) && !name.startsWith(RESERVED_PREFIX)
}

/**
 * The key held by the named variable, or undefined when no variable is named or it is unset or
 * blank. An invalid name is an error whose message does not repeat it: people do paste the key
 * itself into the "environment variable" field.
 */
export function keyFromEnvironment(apiKeyEnv: string | undefined, env: Environment): string | undefined {
  if (apiKeyEnv === undefined || apiKeyEnv.trim() === '') return undefined
  if (!isValidEnvName(apiKeyEnv)) {
    throw new SecretStoreError(
      'invalid',
      'The environment variable name for this API key is not valid. Use capital letters, digits and underscores, such as OPENAI_API_KEY.',
    )
  }
  const value = env[apiKeyEnv]
  if (value === undefined || value.trim() === '') return undefined
  try {
    return normaliseSecret(value)
  } catch {
    throw new SecretStoreError('invalid', `The environment variable ${apiKeyEnv} does not hold a usable API key.`)
  }
}

export interface ApiKeyLocation {
  /** The store's ref for this provider, if it may have a saved key. */
  readonly ref?: string
  /** The environment variable that may hold the key; it wins over the store when set. */
  readonly apiKeyEnv?: string
}

export interface ResolvedApiKey {
  readonly key: string
  readonly source: 'env' | 'store'
}

/**
 * The key to call a provider with: the environment variable when it is set (so a user can
 * override a saved key for one run), else the store. Undefined when neither has one. Errors from
 * the store (locked, corrupt…) propagate, since they tell the person what to do.
 */
export async function resolveApiKey(location: ApiKeyLocation, store: SecretStore | undefined, env: Environment): Promise<ResolvedApiKey | undefined> {
  const fromEnv = keyFromEnvironment(location.apiKeyEnv, env)
  if (fromEnv !== undefined) return redacted(fromEnv, 'env')
  if (location.ref === undefined || store === undefined) return undefined
  const fromStore = await store.reveal(location.ref)
  return fromStore === undefined ? undefined : redacted(fromStore, 'store')
}

/** A result that stays safe if someone logs it by mistake: JSON and console output omit the key. */
function redacted(key: string, source: ResolvedApiKey['source']): ResolvedApiKey {
  const shown = { source, key: '[redacted]' }
  return {
    key,
    source,
    toJSON: () => shown,
    [Symbol.for('nodejs.util.inspect.custom')]: () => shown,
  } as ResolvedApiKey
}
