import { ASPECTS, type Aspect, type Field } from './fields'
import type { Candidate, Via } from './types'
import { formatNumber, scoreProblem } from './validate'

/** Trust order: the JSON block we asked for, then labelled fields, then tables, then bare "N/5". */
export const VIA_ORDER: readonly Via[] = ['json', 'tagged', 'table', 'fraction']

const WHERE: Readonly<Record<Via, string>> = { json: 'the JSON block', tagged: 'the labelled fields', table: 'the table', fraction: 'the N/5 scores' }

type FieldOutcome =
  | { readonly kind: 'value'; readonly value: number; readonly via: Via }
  | { readonly kind: 'problem'; readonly reason: string; readonly via: Via }
  | { readonly kind: 'missing'; readonly unreadable?: Candidate }

export interface Resolved {
  readonly ok: true
  readonly overall: number
  readonly via: Via
  readonly aspects: Partial<Record<Aspect, number>>
  readonly notes: string[]
}

/**
 * Picks each field from the most trusted source that has a readable value for it: so when a JSON
 * block and the prose disagree, the JSON block wins. Within one source, differing values are a
 * conflict and the reply fails: picking one would be a guess (the one re-ask can settle it).
 */
export function resolveScores(candidates: readonly Candidate[]): Resolved | { ok: false; reason: string } {
  const overall = resolveField('overall', candidates)
  if (overall.kind === 'problem') return { ok: false, reason: overall.reason }
  if (overall.kind === 'missing') return { ok: false, reason: missingReason('overall', overall.unreadable) }
  const notes: string[] = overruled(overall.via, overall.value, candidates)
  if (!Number.isInteger(overall.value)) notes.push(`overall ${formatNumber(overall.value)} is a half point, recorded as given`)
  const aspects: Partial<Record<Aspect, number>> = {}
  for (const aspect of ASPECTS) {
    const outcome = resolveField(aspect, candidates)
    if (outcome.kind === 'missing') continue
    const trusted = VIA_ORDER.indexOf(outcome.via) <= VIA_ORDER.indexOf(overall.via)
    if (outcome.kind === 'problem') {
      // A bad aspect beside the overall's own source means the judge misread the scales: fail.
      // From a less trusted source (stray prose under a good JSON block) it is only dropped.
      if (trusted) return { ok: false, reason: outcome.reason }
      notes.push(`${outcome.reason} (in ${WHERE[outcome.via]}); ignored`)
      continue
    }
    aspects[aspect] = outcome.value
    if (outcome.via !== overall.via) notes.push(`${aspect} taken from ${WHERE[outcome.via]}`)
  }
  return { ok: true, overall: overall.value, via: overall.via, aspects, notes }
}

function resolveField(field: Field, candidates: readonly Candidate[]): FieldOutcome {
  let unreadable: Candidate | undefined
  for (const via of VIA_ORDER) {
    const here = candidates.filter((c) => c.field === field && c.via === via)
    const readable = here.filter((c) => c.score !== undefined)
    unreadable ??= here.find((c) => c.score === undefined)
    if (readable.length === 0) continue
    const values = [...new Set(readable.map((c) => c.score?.value ?? Number.NaN))]
    if (values.length > 1) return { kind: 'problem', via, reason: `conflicting ${field} scores in ${WHERE[via]}: ${values.map(formatNumber).join(', ')}` }
    for (const candidate of readable) {
      const problem = candidate.score === undefined ? undefined : scoreProblem(field, candidate.score)
      if (problem !== undefined) return { kind: 'problem', via, reason: problem }
    }
    return { kind: 'value', value: values[0] ?? Number.NaN, via }
  }
  return unreadable === undefined ? { kind: 'missing' } : { kind: 'missing', unreadable }
}

/** Less trusted sources that gave the overall differently: worth a note, never a failure. */
function overruled(via: Via, value: number, candidates: readonly Candidate[]): string[] {
  const rank = VIA_ORDER.indexOf(via)
  const others = candidates.filter((c) => c.field === 'overall' && VIA_ORDER.indexOf(c.via) > rank && c.score !== undefined && c.score.value !== value)
  const values = [...new Set(others.map((c) => formatNumber(c.score?.value ?? Number.NaN)))]
  return values.length === 0 ? [] : [`${WHERE[others[0]?.via ?? via]} also gave overall ${values.join(', ')}; ${WHERE[via]} (${formatNumber(value)}) was used`]
}

function missingReason(field: Field, unreadable: Candidate | undefined): string {
  if (unreadable === undefined) return `no ${field} score found`
  return `no ${field} score found: ${field} "${unreadable.raw.slice(0, 80)}" is not a number`
}
