import { PAPER_ICE_TABLE } from '../paper/ice-table'
import { PAPER_RSE_TABLE, type PaperRseSet } from '../paper/rse-table'

/**
 * The paper's published values in the shapes our figures take. Nothing here is measured: each
 * value is as printed (src/shared/paper), and figures label it as published.
 */

/**
 * Which of the paper's prompt sets a run's set is, by name. Only unmistakable names match: a
 * run's own maths set is not NuminaMath, and comparing the two would mislead.
 */
export function paperSetFor(setName: string): PaperRseSet | undefined {
  const key = setName.toLowerCase().replace(/[^a-z0-9]/g, '')
  if (key.includes('arenahard')) return 'ArenaHard'
  if (key.includes('numina')) return 'Numina'
  if (key.includes('sharegpt')) return 'ShareGPT'
  return undefined
}

/**
 * A model name reduced to its words and numbers, in order-free form, so that the two tables'
 * spellings of one model meet ("GLM4-Plus" and "GLM-4-Plus", "Gemini-Flash-2.0" and
 * "Gemini-2.0-Flash"). Also used to pair an RSE student with an ICE target of the same model.
 */
export function modelKey(name: string): string {
  const tokens = name
    .toLowerCase()
    .replace(/([a-z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
  return [...tokens].sort().join(' ')
}

export interface PaperRseRowView {
  readonly model: string
  readonly avg: number
  readonly set: (setName: string) => number | undefined
}

export function paperRseRows(): PaperRseRowView[] {
  return PAPER_RSE_TABLE.rows.map((row) => ({
    model: row.model,
    avg: row.avg,
    set: (setName) => {
      const key = paperSetFor(setName)
      return key ? row.scores[key] : undefined
    },
  }))
}

export interface PaperIceModel {
  readonly model: string
  readonly loose: number
  readonly strict: number
  readonly hard: number
}

export const paperIceModels = (): PaperIceModel[] => PAPER_ICE_TABLE.rows.map((row) => ({ ...row }))

export interface PaperScatterPoint {
  readonly model: string
  readonly rseAvg: number
  readonly iceStrict: number
}

/** Models in both published tables (eight of them), RSE Avg against ICE strict. */
export function paperScatterPoints(): PaperScatterPoint[] {
  const ice = new Map(PAPER_ICE_TABLE.rows.map((row) => [modelKey(row.model), row]))
  return PAPER_RSE_TABLE.rows.flatMap((row) => {
    const match = ice.get(modelKey(row.model))
    return match ? [{ model: match.model, rseAvg: row.avg, iceStrict: match.strict }] : []
  })
}
