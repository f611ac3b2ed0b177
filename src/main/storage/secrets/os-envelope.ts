import { z } from 'zod'
import { isValidRef } from './secret-input'

/**
 * One OS-encrypted key as saved in the envelope store. `last4` is plain so status can be shown
 * without asking the OS keyring (which may prompt on macOS). The ciphertext wraps the ref with
 * the key, so an envelope copied under another provider's ref is detected rather than used.
 */
export const OS_ENVELOPE_VERSION = 1 as const

const envelopeSchema = z.object({
  version: z.literal(OS_ENVELOPE_VERSION),
  ciphertext: z.base64().min(1),
  last4: z.string().min(1).max(4).optional(),
  createdAt: z.iso.datetime(),
})

export type OsEnvelope = z.infer<typeof envelopeSchema>

const payloadSchema = z.object({ ref: z.string(), key: z.string().min(1) })

/** Undefined when the stored value is not a valid envelope; the caller reports it as corrupt. */
export function parseEnvelope(value: unknown): OsEnvelope | undefined {
  const parsed = envelopeSchema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

export function encodePayload(ref: string, key: string): string {
  return JSON.stringify({ ref, key })
}

/**
 * The key inside a decrypted payload, or undefined when it is malformed or belongs to another
 * ref. Never throws: JSON.parse's message would quote the plaintext.
 */
export function decodePayload(plain: string, ref: string): string | undefined {
  let value: unknown
  try {
    value = JSON.parse(plain)
  } catch {
    return undefined
  }
  const parsed = payloadSchema.safeParse(value)
  if (!parsed.success || !isValidRef(parsed.data.ref) || parsed.data.ref !== ref) return undefined
  return parsed.data.key
}
