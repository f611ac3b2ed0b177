/**
 * What a multi-run table or figure may say about a run beyond its results, which carry only the
 * run's id: its name and when it ended. A `RunSummary` fits as it is.
 */
export interface SourceRun {
  readonly id: string
  readonly name: string
  readonly finishedAt?: string
  readonly createdAt?: string
}

/**
 * "2025-03-12 14:05" in UTC: the same text in every format and on every machine, which a
 * locale-formatted date would not be (a LaTeX table must come out byte-identical when rebuilt).
 */
export function runDate(run: Pick<SourceRun, 'finishedAt' | 'createdAt'> | undefined): string | undefined {
  const iso = run?.finishedAt ?? run?.createdAt
  if (!iso) return undefined
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 16).replace('T', ' ')
}

/**
 * Labels that tell the given runs apart: a run's name; a name used twice gets the run's date; one
 * still repeated (same name, same minute) gets its position. A run whose name is not known is
 * labelled by its id, which is unique.
 */
export function runLabels(runIds: readonly string[], runs: readonly SourceRun[] = []): string[] {
  const known = runIds.map((id) => runs.find((run) => run.id === id))
  const names = runIds.map((id, index) => known[index]?.name.trim() || id)
  const dated = withSuffix(names, (index) => runDate(known[index]))
  return withSuffix(dated, (index) => `run ${index + 1}`)
}

/** Each label that appears more than once gets " (suffix)" when there is one; unique labels stay. */
function withSuffix(labels: readonly string[], suffix: (index: number) => string | undefined): string[] {
  const counts = new Map<string, number>()
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1)
  return labels.map((label, index) => {
    const extra = (counts.get(label) ?? 0) > 1 ? suffix(index) : undefined
    return extra === undefined ? label : `${label} (${extra})`
  })
}
