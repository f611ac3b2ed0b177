import { buildFigure, figuresFor, FIGURES, paperStyle, type FigureSources } from '../../../shared/figures'
import { buildTable, tablesFor } from '../../../shared/tables/catalogue'
import { formatTable } from '../../../shared/tables/formats'
import { isSimulated } from '../../../shared/figures/simulated'
import { exportFigure } from '../export-figure'

/**
 * Every figure a run has, as SVG and PDF, and every table, as LaTeX and CSV, by their path in the
 * package. Drawn in the default paper style; the same command-line export redraws them otherwise.
 */
export async function packageFigures(sources: FigureSources): Promise<Record<string, string | Uint8Array>> {
  const files: Record<string, string | Uint8Array> = {}
  const style = paperStyle()
  const simulated = isSimulated(sources)
  for (const name of figuresFor(sources)) {
    const config = buildFigure(name, sources, { style, paperOverlay: false })
    const title = typeof config.options?.plugins?.title?.text === 'string' ? config.options.plugins.title.text : FIGURES[name].description
    files[`figures/${name}.svg`] = await exportFigure(config, { format: 'svg', style, title, simulated })
    files[`figures/${name}.pdf`] = await exportFigure(config, { format: 'pdf', style, title, simulated })
  }
  for (const name of tablesFor(sources)) {
    const table = buildTable(name, sources)
    files[`tables/${name}.tex`] = formatTable(table, 'latex')
    files[`tables/${name}.csv`] = formatTable(table, 'csv')
  }
  return files
}
