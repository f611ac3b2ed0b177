import type { IceResults, ModelVersions, RseResults, RunDetail, RunSummary } from '../../../../shared/contract/index'
import { formatCount } from '../../lib/format'
import { specSourceText } from '../../lib/runs/ice-sources'
import { formatDateTime, kindLabel } from '../../lib/runs/run-format'

/*
 * What the comparison's header table says about each run, one fact per row, so that what differs
 * between two runs (the judge, the sets, the sample, the date) is on one line. No React here, so it
 * is unit-tested in Node.
 */

export const FACTS = [
  { key: 'kind', label: 'Kind' },
  { key: 'subject', label: 'Reference or target' },
  { key: 'students', label: 'Students' },
  { key: 'judge', label: 'Judge' },
  { key: 'inputs', label: 'Prompt sets or questions' },
  { key: 'size', label: 'Sample size' },
  // Issue 15 item 5: the same model id can answer as another snapshot; a difference here is flagged.
  { key: 'versions', label: 'Model versions reported' },
  { key: 'ended', label: 'Ended' },
] as const

export type FactKey = (typeof FACTS)[number]['key']

export interface FactSource {
  readonly summary: RunSummary
  readonly detail?: RunDetail
  readonly rse?: RseResults
  readonly ice?: IceResults
}

/** Shown until the spec or results arrive, or where a fact does not apply to the run's kind. */
export const NOT_KNOWN = '—'

/** One run's facts in words; NOT_KNOWN where its spec or results have not loaded or the fact does not apply. */
export function runFacts(run: FactSource, locale?: string): Readonly<Record<FactKey, string>> {
  const common = {
    kind: kindLabel(run.summary.kind),
    ended: formatDateTime(run.summary.finishedAt ?? run.summary.createdAt, locale),
    versions: versionsFact(run.rse?.modelVersions ?? run.ice?.modelVersions),
  }
  if (run.summary.kind === 'ice') return { ...common, ...iceFacts(run) }
  return { ...common, ...rseFacts(run) }
}

/** The distinct versions the run's providers reported, in order; a change during the run is said. */
export function versionsFact(versions: readonly ModelVersions[] | undefined): string {
  const names = [
    ...new Set((versions ?? []).flatMap((entry) => entry.versions.map((version) => version.model)).filter((name): name is string => name !== null)),
  ].sort()
  if (names.length === 0) return NOT_KNOWN
  return `${names.join(', ')}${(versions ?? []).some((entry) => entry.changed) ? ' (a model changed version during the run)' : ''}`
}

function rseFacts({ detail, rse }: FactSource): Omit<Record<FactKey, string>, 'kind' | 'ended' | 'versions'> {
  const spec = detail?.spec.kind === 'rse' ? detail.spec : undefined
  const sets = spec?.promptSets.map(
    (set) => `${set.name} (${set.sample === undefined ? 'all prompts' : `${formatCount(set.sample)} prompts, seed ${set.seed}`})`,
  )
  const counts = rse?.students
    .flatMap((student) => student.sets)
    .reduce((sum, set) => ({ n: sum.n + set.n, failed: sum.failed + set.failed }), { n: 0, failed: 0 })
  return {
    subject: rse ? `Reference: ${rse.reference.model}` : NOT_KNOWN,
    students: rse ? rse.students.map((student) => student.model).join(', ') : NOT_KNOWN,
    judge: rse?.judge.model ?? NOT_KNOWN,
    inputs: sets ? sets.join('; ') : NOT_KNOWN,
    size: counts ? `${formatCount(counts.n)} judgements scored${counts.failed ? `, ${formatCount(counts.failed)} failed` : ''}` : NOT_KNOWN,
  }
}

function iceFacts({ detail, ice }: FactSource): Omit<Record<FactKey, string>, 'kind' | 'ended' | 'versions'> {
  const spec = detail?.spec.kind === 'ice' ? detail.spec : undefined
  return {
    subject: ice ? `Target: ${ice.target.model}` : NOT_KNOWN,
    students: NOT_KNOWN,
    judge: ice?.judge.model ?? NOT_KNOWN,
    inputs: spec ? `${specSourceText(spec.questions, 'questions')}; templates: ${specSourceText(spec.seeds, 'seeds')}` : NOT_KNOWN,
    size: ice ? `${formatCount(ice.scores.rows)} answers judged (budget ${formatCount(ice.maxQueries)} questions)` : NOT_KNOWN,
  }
}

/**
 * Whether a fact differs between runs of the same kind (an RSE run's reference and an ICE run's
 * target always differ, which says nothing), ignoring values not known yet. Kind itself differs
 * when the kinds are mixed.
 */
export function factDiffers(runs: readonly { readonly kind: RunSummary['kind']; readonly facts: Readonly<Record<FactKey, string>> }[], key: FactKey): boolean {
  const distinct = (group: readonly { readonly facts: Readonly<Record<FactKey, string>> }[]) =>
    new Set(group.map((run) => run.facts[key]).filter((value) => value !== NOT_KNOWN)).size > 1
  if (key === 'kind') return distinct(runs)
  return [...new Set(runs.map((run) => run.kind))].some((kind) => distinct(runs.filter((run) => run.kind === kind)))
}
