/**
 * Reliability data: one row per unit (an item), one entry per coder (a judge, or a person);
 * `undefined` where that coder gave no value.
 */
export type ReliabilityData = readonly (readonly (number | undefined)[])[]

export type AlphaLevel = 'nominal' | 'ordinal' | 'interval'

/**
 * A reliability data set in the form alpha needs: the distinct values (sorted), and each pairable
 * unit reduced to its values' positions. Units with fewer than two values cannot be paired and are
 * left out, as Krippendorff's procedure leaves them out.
 */
export interface Coincidences {
  readonly values: readonly number[]
  /** Each pairable unit's values, as positions in `values`. */
  readonly units: readonly (readonly number[])[]
}

export function coincidencesOf(data: ReliabilityData): Coincidences {
  const given = data.map((unit) => unit.filter((value): value is number => value !== undefined && Number.isFinite(value))).filter((unit) => unit.length >= 2)
  const values = [...new Set(given.flat())].sort((a, b) => a - b)
  const position = new Map(values.map((value, index) => [value, index]))
  return { values, units: given.map((unit) => unit.map((value) => position.get(value)!)) }
}

/**
 * Adds a unit's pairs to a coincidence matrix (values x values, row-major), `times` times: every
 * ordered pair of values within the unit counts 1/(m_u - 1).
 */
export function addUnit(matrix: Float64Array, size: number, unit: readonly number[], times = 1): void {
  const weight = times / (unit.length - 1)
  for (let i = 0; i < unit.length; i++) for (let j = 0; j < unit.length; j++) if (i !== j) matrix[unit[i]! * size + unit[j]!]! += weight
}

/**
 * Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability") from a
 * coincidence matrix: alpha = 1 - (n - 1) * sum(o_ck d_ck) / sum(n_c n_k d_ck). The ordinal metric
 * ranks the values and uses their marginal frequencies, so it assumes nothing about the distances
 * between scores. Undefined when fewer than two values are pairable or no disagreement is possible.
 */
export function alphaFromMatrix(matrix: Float64Array, values: readonly number[], level: AlphaLevel): number | undefined {
  const size = values.length
  const marginal = new Float64Array(size)
  for (let c = 0; c < size; c++) for (let k = 0; k < size; k++) marginal[c]! += matrix[c * size + k]!
  const n = marginal.reduce((sum, count) => sum + count, 0)
  if (n < 2) return undefined
  const distance = distanceFor(level, values, marginal)
  let observed = 0
  let expected = 0
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      if (c === k) continue
      const d = distance(c, k)
      observed += matrix[c * size + k]! * d
      expected += marginal[c]! * marginal[k]! * d
    }
  }
  if (expected === 0) return undefined
  return 1 - ((n - 1) * observed) / expected
}

export function krippendorffAlpha(data: ReliabilityData, level: AlphaLevel): number | undefined {
  const { values, units } = coincidencesOf(data)
  const matrix = new Float64Array(values.length * values.length)
  for (const unit of units) addUnit(matrix, values.length, unit)
  return alphaFromMatrix(matrix, values, level)
}

/** The squared difference of two values' positions at each level of measurement (Krippendorff's delta squared). */
function distanceFor(level: AlphaLevel, values: readonly number[], marginal: Float64Array): (c: number, k: number) => number {
  if (level === 'nominal') return () => 1
  if (level === 'interval') return (c, k) => (values[c]! - values[k]!) ** 2
  // Ordinal: (the marginals from c to k summed, less half of the two ends)^2.
  const cumulative = new Float64Array(values.length + 1)
  for (let c = 0; c < values.length; c++) cumulative[c + 1] = cumulative[c]! + marginal[c]!
  return (c, k) => {
    const [low, high] = c < k ? [c, k] : [k, c]
    return (cumulative[high + 1]! - cumulative[low]! - (marginal[low]! + marginal[high]!) / 2) ** 2
  }
}
