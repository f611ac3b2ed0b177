import { z } from 'zod'
import { rngFor } from './random'

/**
 * Injected failures. A request gets a fault from its `x-sim-fault` header, or else by rate from
 * the current `FaultConfig`. Rate draws are keyed on (seed, request content, attempt number for
 * that content): reproducible, yet a retry of the same request draws again and can succeed.
 */
export const FAULT_KINDS = [
  /** 401 with the provider's authentication error body. */
  '401',
  /** 429 with `retry-after` (seconds) and `retry-after-ms` headers. */
  '429',
  /** 500 with the provider's server error body. */
  '500',
  /** Accepts the request and never answers, until the client gives up or the simulator closes. */
  'timeout',
  /** 200, part of the answer, then a clean end: no final events ([DONE], message_stop). */
  'truncated-stream',
  /** 200, part of the answer, then the connection is destroyed (no clean end of the body). */
  'dropped-connection',
  /** A judge's reply in prose only: no JSON block, no verdict tag. */
  'malformed-judge',
  /** A judge's (or the helper's) reply is garbage text. */
  'unparseable-judge',
] as const

export type FaultKind = (typeof FAULT_KINDS)[number]

export const DEFAULT_RETRY_AFTER_MS = 1000

const kindSchema = z.enum(FAULT_KINDS)
const probability = z.number().min(0).max(1)

export const faultConfigSchema = z
  .strictObject({
    /** Chance per attempt that one of `kinds` (picked uniformly) happens. */
    rate: probability.optional(),
    kinds: z.array(kindSchema).min(1).optional(),
    /** Chance per attempt of each kind; they add up, at most 1. */
    rates: z.partialRecord(kindSchema, probability).optional(),
    /** Only the first `times` attempts of the same request may fail; later ones always succeed. */
    times: z.number().int().min(1).optional(),
    retryAfterMs: z.number().int().min(0).max(600_000).optional(),
  })
  .refine((config) => !(config.rate !== undefined && config.rates !== undefined), { message: 'give either rate (with kinds) or rates, not both' })
  .refine((config) => Object.values(config.rates ?? {}).reduce((sum, rate) => sum + (rate ?? 0), 0) <= 1, { message: 'rates add up to more than 1' })

export type FaultConfig = z.infer<typeof faultConfigSchema>

export interface HeaderFault {
  readonly kind: FaultKind
  readonly times: number | undefined
  readonly retryAfterMs: number | undefined
}

/** Parses `x-sim-fault: <kind>[; times=N][; retry-after-ms=M]`; a string is the error message. */
export function parseFaultHeader(value: string): HeaderFault | string {
  const [kindText = '', ...params] = value.split(';').map((part) => part.trim())
  const kind = kindSchema.safeParse(kindText)
  if (!kind.success) return `x-sim-fault: unknown fault kind '${kindText}'; known: ${FAULT_KINDS.join(', ')}`
  const fields = new Map(params.map((param) => param.split('=').map((side) => side.trim()) as [string, string | undefined]))
  const number = (name: string) => (fields.has(name) ? Number(fields.get(name)) : undefined)
  const times = number('times')
  const retryAfterMs = number('retry-after-ms')
  for (const [name, parsed] of [
    ['times', times],
    ['retry-after-ms', retryAfterMs],
  ] as const) {
    if (parsed !== undefined && (!Number.isInteger(parsed) || parsed < 0)) return `x-sim-fault: ${name} must be a whole number`
  }
  return { kind: kind.data, times, retryAfterMs }
}

export interface FaultDraw {
  readonly seed: number
  /** Hash of the request content (path and body). */
  readonly requestHash: string
  /** 1 for the first arrival of this content, 2 for the next, ... */
  readonly attempt: number
  /** Whether a kind can happen to this request (e.g. judge faults only for judges). */
  readonly applies: (kind: FaultKind) => boolean
}

export function drawFault(config: FaultConfig | undefined, draw: FaultDraw): FaultKind | undefined {
  if (!config || (config.times !== undefined && draw.attempt > config.times)) return undefined
  const rng = rngFor('fault', draw.seed, draw.requestHash, draw.attempt)
  const roll = rng.next()
  if (config.rates) {
    let threshold = 0
    for (const kind of FAULT_KINDS) {
      threshold += config.rates[kind] ?? 0
      if (roll < threshold) return draw.applies(kind) ? kind : undefined
    }
    return undefined
  }
  if (config.rate === undefined || roll >= config.rate) return undefined
  const candidates = (config.kinds ?? ['429', '500']).filter(draw.applies)
  return candidates.length > 0 ? rng.pick(candidates) : undefined
}
