/**
 * Where OS-encrypted envelopes are kept: an `electron-store` file (`secrets.json`) in the desktop
 * app, a map in tests. Synchronous because electron-store is; values must survive JSON.
 */
export interface EnvelopeStore {
  get(key: string): unknown
  set(key: string, value: unknown): void
  delete(key: string): void
  /** Every key present; lets the factory notice keys saved by an earlier run. */
  keys(): Iterable<string>
}

/** Keys in the envelope store are prefixed so a ref can never clash with anything else there. */
export const ENVELOPE_KEY_PREFIX = 'key:'

export function envelopeKey(ref: string): string {
  return ENVELOPE_KEY_PREFIX + ref
}

/** Whether any envelope was saved; an unreadable store counts as "yes" so its error surfaces. */
export function hasEnvelopes(store: EnvelopeStore): boolean {
  try {
    for (const key of store.keys()) if (key.startsWith(ENVELOPE_KEY_PREFIX)) return true
    return false
  } catch {
    return true
  }
}
