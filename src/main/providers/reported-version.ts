import type { ReportedVersion } from '../core/llm/types'

/** Longer than any real model id or fingerprint: anything longer is not one, and is not kept. */
const MAX_CHARS = 200

const clean = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' && value.length <= MAX_CHARS ? value.trim() : undefined)

/**
 * What a reply says about the model that wrote it (issue 15 item 5): its `model` field and, when
 * given, its `system_fingerprint`. A provider's reply is outside input: only short strings are kept.
 */
export function reportedVersionOf(model: unknown, fingerprint?: unknown): { readonly reported?: ReportedVersion } {
  const reported = { ...(clean(model) ? { model: clean(model)! } : {}), ...(clean(fingerprint) ? { fingerprint: clean(fingerprint)! } : {}) }
  return Object.keys(reported).length > 0 ? { reported } : {}
}
