/**
 * Fleiss' kappa from counts: one row per subject, the number of raters who chose each category
 * (with `weights`, row i stands for that many identical subjects: the bootstrap's resamples).
 * Every subject needs the same number of raters (at least two). Undefined when chance agreement is
 * already perfect (everyone always chose one category) or there is no subject.
 */
export function fleissKappaFromCounts(counts: readonly (readonly number[])[], weights?: ArrayLike<number>): number | undefined {
  const weightOf = (row: number) => (weights ? weights[row]! : 1)
  let subjects = 0
  for (let row = 0; row < counts.length; row++) subjects += weightOf(row)
  if (subjects === 0 || counts.length === 0) return undefined
  const raters = counts[0]!.reduce((sum, count) => sum + count, 0)
  if (raters < 2) return undefined
  if (counts.some((row) => row.reduce((sum, count) => sum + count, 0) !== raters))
    throw new RangeError('Fleiss’ kappa needs the same number of raters for every subject')
  const categories = counts[0]!.length
  let agreement = 0
  const totals = new Array<number>(categories).fill(0)
  counts.forEach((row, index) => {
    const weight = weightOf(index)
    if (weight === 0) return
    agreement += (weight * (row.reduce((sum, count) => sum + count * count, 0) - raters)) / (raters * (raters - 1))
    row.forEach((count, category) => (totals[category]! += weight * count))
  })
  const observed = agreement / subjects
  const chance = totals.reduce((sum, total) => sum + (total / (subjects * raters)) ** 2, 0)
  if (chance >= 1) return undefined
  return (observed - chance) / (1 - chance)
}

/**
 * Fleiss' kappa from each subject's ratings (the raters' categories, any order). Only subjects
 * rated by the most common number of raters count (a judge that gave no verdict leaves its
 * subject out rather than change the formula's footing); at least two raters are needed.
 */
export function fleissKappa(subjects: readonly (readonly (string | number)[])[]): number | undefined {
  const sizes = new Map<number, number>()
  for (const subject of subjects) sizes.set(subject.length, (sizes.get(subject.length) ?? 0) + 1)
  const [modal] = [...sizes.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0]
  if (modal < 2) return undefined
  const usable = subjects.filter((subject) => subject.length === modal)
  const categories = [...new Set(usable.flat())]
  const index = new Map(categories.map((category, position) => [category, position]))
  const counts = usable.map((subject) => {
    const row = new Array<number>(categories.length).fill(0)
    for (const category of subject) row[index.get(category)!]! += 1
    return row
  })
  return fleissKappaFromCounts(counts)
}
