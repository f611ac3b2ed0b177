import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderPng } from '../src/main/export/render-png'
import { buildFigure, paperStyle, type FigureName, type FigureOptions, type FigureSources } from '../src/shared/figures'
import { iceFixture, rseFixture } from '../test/support/figure-fixtures'

/**
 * Regenerates the README's example figures (docs/figures/*.png) from the test fixtures, marked as
 * simulated so each image says it shows no real model output. About 800 px wide: enough to read
 * on GitHub, small enough to keep in the repository.
 * Usage: node tools/run-ts.mjs tools/write-readme-figures.ts [folder]
 */
const DPI = 123
const style = paperStyle({ widthIn: 6.5, aspect: 0.5, font: 'sans' })

/** Every model of the fixtures flagged as simulated, which puts the simulated-data note on each figure. */
function simulatedSources(): FigureSources {
  const rse = rseFixture()
  const ice = iceFixture('R&D-model', 'rnd', [120, 40, 5])
  return {
    rse: [{ ...rse, simulatedModels: rse.students.map((student) => student.model) }],
    ice: [
      { ...ice, simulatedModels: [ice.target.model] },
      { ...iceFixture('a_b', 'ab'), simulatedModels: ['a_b'] },
    ],
  }
}

const EXAMPLES: readonly { readonly file: string; readonly name: FigureName; readonly options?: Partial<FigureOptions>; readonly ice?: 'first' }[] = [
  { file: 'rse-sets', name: 'rse-sets' },
  { file: 'rse-heatmap', name: 'rse-heatmap' },
  { file: 'rse-heatmap-data-range', name: 'rse-heatmap', options: { colourRange: 'data' } },
  { file: 'ice-models', name: 'ice-models' },
  { file: 'ice-category', name: 'ice-category', ice: 'first' },
  { file: 'rse-ice-scatter', name: 'rse-ice-scatter' },
]

export async function main(): Promise<number> {
  const folder = process.argv[3] ?? 'docs/figures'
  mkdirSync(folder, { recursive: true })
  const sources = simulatedSources()
  for (const example of EXAMPLES) {
    const from = example.ice === 'first' ? { ...sources, ice: sources.ice.slice(0, 1) } : sources
    const config = buildFigure(example.name, from, { style, ...example.options })
    const file = join(folder, `${example.file}.png`)
    writeFileSync(file, await renderPng(config, style, DPI))
    console.log(`Wrote ${file}`)
  }
  return 0
}
