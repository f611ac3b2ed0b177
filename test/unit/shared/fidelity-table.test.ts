import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AS_PUBLISHED, GPTFUZZ_ORIGINAL, type IcePreset } from '../../../src/main/core/evaluators/ice/presets'
import { RSE_RUBRICS } from '../../../src/main/core/evaluators/rse/rse-rubrics'
import { DEFAULT_SYSTEM_PROMPT } from '../../../src/shared/constants/models'
import { defaultJudgeSemantics } from '../../../src/shared/ice/names'

/**
 * Issue 15 item 6: docs/fidelity.md must say what each preset really does. Each row's backticked
 * values in the two preset columns are compared with the presets' own values, so changing a
 * preset without the table fails here.
 */
const rows = new Map(
  readFileSync('docs/fidelity.md', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim())
      const code = (cell: string) => /`([^`]+)`/.exec(cell)?.[1]
      return [code(cells[0]!)!, { original: code(cells[4]!), published: code(cells[5]!) }] as const
    }),
)

/** How a preset's value is written in the table. */
function written(value: IcePreset[keyof IcePreset]): string {
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'string') return value
  if ('kind' in value) return value.kind === 'all' ? 'all' : `sample ${value.size}`
  return value.label
}

const PRESET_FIELDS = (Object.keys(AS_PUBLISHED) as (keyof IcePreset)[]).filter((key) => key !== 'id' && key !== 'label')

describe('docs/fidelity.md (issue 15 item 6)', () => {
  it.each(PRESET_FIELDS)('ice.%s: the table says what both ICE presets do', (field) => {
    const row = rows.get(`ice.${field}`)
    expect(row, `docs/fidelity.md has no row for ice.${field}`).toBeDefined()
    expect(row).toEqual({ original: written(GPTFUZZ_ORIGINAL[field]), published: written(AS_PUBLISHED[field]) })
  })

  it('names each preset’s default judge', () => {
    expect(rows.get('ice.judgeSemantics')).toEqual({ original: defaultJudgeSemantics('gptfuzz-original'), published: defaultJudgeSemantics('as-published') })
  })

  it('names both RSE rubrics, and the paper’s generation settings', () => {
    expect(rows.get('rse.rubric')).toEqual({ original: RSE_RUBRICS[0], published: RSE_RUBRICS[1] })
    expect(DEFAULT_SYSTEM_PROMPT).toBe('You are a helpful assistant.')
    expect(readFileSync('docs/fidelity.md', 'utf8')).toContain(`"${DEFAULT_SYSTEM_PROMPT}"`)
  })

  it('has no row the presets do not have (a stale row fails too)', () => {
    const known = new Set([
      ...PRESET_FIELDS.map((field) => `ice.${field}`),
      'ice.judgeSemantics',
      'ice.seeding',
      'ice.questions',
      'ice.intervals',
      'rse.generation',
      'rse.rubric',
      'rse.reask',
      'rse.avg',
      'rse.intervals',
    ])
    expect([...rows.keys()].filter((key) => !known.has(key))).toEqual([])
  })
})
