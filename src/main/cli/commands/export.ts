import { writeFileSync } from 'node:fs'
import { COMMAND_SUMMARIES } from '../command-index'
import { Command, Option } from 'commander'
import { FigureError, figuresFor, FIGURES, isFigureName, paperStyle, type FigureName, type FigureSources } from '../../../shared/figures'
import { FONT_CHOICES } from '../../../shared/export-options/figure-style'
import { figureOptionProblem } from '../../../shared/export-options/figure-names'
import { COLOUR_RANGES, type ColourRange } from '../../../shared/figures/definitions/common'
import { isTableName, TableError, TABLES, tablesFor, type TableName } from '../../../shared/tables/catalogue'
import type { TableFormat } from '../../../shared/tables/formats'
import { resolveDataDir } from '../../core/data-dir'
import { createStderrLogger } from '../../core/log'
import { DEFAULT_DPI, MAX_DPI, MIN_DPI, type FigureFormat } from '../../../shared/export-options/figure-file'
import { chooseFormat, decimalNumber } from '../export-options'
import { UnknownRunError } from '../../export/load-sources'
import { createExportService, type ExportService, type ExportSources } from '../../services/exports/export-service'
import { ExportUsageError, requireDataFolder } from '../export-sources'
import { openServicesForCommand } from '../open-services'
import { dataDirOption, wholeNumber } from '../options'

interface ExportOptions {
  readonly dataDir?: string
  readonly list?: boolean
  readonly figure?: string
  readonly table?: string
  readonly format?: string
  readonly out?: string
  readonly dpi: number
  readonly widthIn: number
  readonly aspect: number
  readonly font: 'serif' | 'sans'
  readonly fontSize: number
  readonly title: boolean
  readonly paperOverlay?: boolean
  readonly colorRange?: ColourRange
  readonly zoom?: boolean
  readonly package?: string
}

/** Exit codes: 0 written (or listed), 1 the file could not be made or written, 2 a usage error (unknown run, figure, table or format). */
export function exportCommand(setExitCode: (code: number) => void): Command {
  return new Command('export')
    .description(COMMAND_SUMMARIES.export.summary)
    .argument('<run-ids...>', 'the run or runs to draw from (RSE and ICE runs together give the RSE-ICE scatter)')
    .addOption(dataDirOption())
    .option('--list', 'list the figures and tables these runs have')
    .option('--figure <name>', 'the figure to export (see --list)')
    .option('--table <name>', 'the table to export (see --list)')
    .option('--format <format>', 'png, svg or pdf for a figure; csv, json, md or latex for a table (default: from --out)')
    .option('--out <file>', "where to write; '-' for standard output")
    .option('--dpi <n>', `PNG resolution (${MIN_DPI}-${MAX_DPI})`, wholeNumber('--dpi', MIN_DPI, MAX_DPI), DEFAULT_DPI)
    .option('--width-in <inches>', 'figure width in inches', decimalNumber('--width-in', 1, 20), 6.5)
    .option('--aspect <ratio>', 'figure height as a fraction of its width', decimalNumber('--aspect', 0.2, 3), 0.5)
    .addOption(new Option('--font <family>', 'serif or sans-serif text').choices(FONT_CHOICES).default('serif'))
    .option('--font-size <pt>', 'text size in points', decimalNumber('--font-size', 5, 24), 8)
    .option('--no-title', 'leave the title out (a paper has a caption)')
    .option('--paper-overlay', "add the paper's published values beside yours (Lee et al., 2025)")
    .addOption(
      new Option(
        '--color-range <range>',
        "rse-heatmap's colours: fixed (the judge's 1-5 scale, the default) or data (the values shown; the colour bar says so)",
      ).choices(COLOUR_RANGES),
    )
    .option('--zoom', 'ICE rate figures and the scatter: fit the value axes to the data instead of 0-1 (and 1-5); the axis title says so')
    .option('--package <file.zip>', "write the run's paper package: manifest, raw data, every figure and table, methods paragraph, citation")
    .action(async (runIds: string[], options: ExportOptions) => {
      const dataDir = resolveDataDir(options.dataDir)
      try {
        requireDataFolder(dataDir)
        checkWhat(options)
      } catch (error) {
        return usage(error, setExitCode)
      }
      const services = await openServicesForCommand(dataDir, createStderrLogger())
      try {
        const exports = createExportService(services.results.forExport)
        const from = exports.load(runIds, (line) => process.stderr.write(`${line}\n`))
        if (options.package !== undefined) {
          if (runIds.length !== 1) throw new ExportUsageError('A paper package holds one run: give exactly one run id with --package.')
          return setExitCode(write(Buffer.from(await services.packages.exportPackage(runIds[0]!)), options.package, 'the paper package'))
        }
        if (options.list) {
          process.stdout.write(listing(from.sources))
          return setExitCode(0)
        }
        const { bytes, what } = await produce(exports, from, options)
        setExitCode(write(bytes, options.out!, what))
      } catch (error) {
        if (error instanceof ExportUsageError || error instanceof UnknownRunError || error instanceof FigureError || error instanceof TableError)
          return usage(error, setExitCode)
        throw error
      } finally {
        await services.close()
      }
    })
}

/** Exactly one of --list, --figure, --table, --package; a figure or table needs --out. Names are checked once the runs are known. */
function checkWhat(options: ExportOptions): void {
  const asked = [options.list, options.figure, options.table, options.package].filter((value) => value !== undefined).length
  if (asked !== 1) throw new ExportUsageError('Say what to export: --figure NAME, --table NAME or --package FILE.zip (or --list to see the names).')
  const needsOut = options.figure !== undefined || options.table !== undefined
  if (needsOut && !options.out) throw new ExportUsageError("Say where to write it with --out FILE ('-' for standard output).")
  if ((options.colorRange !== undefined || options.zoom) && options.figure === undefined)
    throw new ExportUsageError('--color-range and --zoom change a figure: use them with --figure NAME.')
}

async function produce(exports: ExportService, from: ExportSources, options: ExportOptions): Promise<{ bytes: Buffer; what: string }> {
  if (options.figure !== undefined) {
    const name = options.figure
    if (!isFigureName(name)) throw new ExportUsageError(unknownName('figure', name, figuresFor(from.sources)))
    const problem = figureOptionProblem(name, { colourRange: options.colorRange ?? 'fixed', zoom: options.zoom ?? false })
    if (problem) throw new ExportUsageError(problem)
    const format = chooseFormat<FigureFormat>('figure', options.format, options.out!)
    const style = paperStyle({ font: options.font, fontSizePt: options.fontSize, widthIn: options.widthIn, aspect: options.aspect, title: options.title })
    const { bytes } = await exports.figure(from, name as FigureName, {
      format,
      style,
      dpi: options.dpi,
      paperOverlay: options.paperOverlay ?? false,
      colourRange: options.colorRange ?? 'fixed',
      zoom: options.zoom ?? false,
    })
    return { bytes, what: `${name} (${format}${format === 'png' ? `, ${options.dpi} DPI` : ''})` }
  }
  const name = options.table!
  if (!isTableName(name)) throw new ExportUsageError(unknownName('table', name, tablesFor(from.sources)))
  const format = chooseFormat<TableFormat>('table', options.format, options.out!)
  const { bytes } = exports.table(from, name as TableName, format, { paperOverlay: options.paperOverlay ?? false })
  return { bytes, what: `${name} (${format})` }
}

function unknownName(kind: 'figure' | 'table', name: string, available: readonly string[]): string {
  return `There is no ${kind} "${name}". ${available.length ? `These runs have: ${available.join(', ')}.` : `These runs have no ${kind}s yet.`}`
}

function listing(sources: FigureSources): string {
  const figures = figuresFor(sources)
  const tables = tablesFor(sources)
  const width = Math.max(...[...figures, ...tables].map((name) => name.length), 4)
  const lines = (names: readonly string[], describe: (name: string) => string) =>
    names.length ? names.map((name) => `  ${name.padEnd(width)}  ${describe(name)}`) : ['  (none)']
  return [
    'Figures (--figure NAME --format png|svg|pdf):',
    ...lines(figures, (name) => `${FIGURES[name as FigureName].description}${figureFlags(name as FigureName)}`),
    'Tables (--table NAME --format csv|json|md|latex):',
    ...lines(tables, (name) => `${TABLES[name as TableName].description}${TABLES[name as TableName].paperOverlay ? '; --paper-overlay' : ''}`),
    '',
  ].join('\n')
}

/** The options a figure takes beyond the paper style, as the listing names them. */
function figureFlags(name: FigureName): string {
  const info = FIGURES[name]
  return [...(info.paperOverlay ? ['--paper-overlay'] : []), ...(info.colourRange ? ['--color-range data'] : []), ...(info.zoom ? ['--zoom'] : [])]
    .map((flag) => `; ${flag}`)
    .join('')
}

function write(bytes: Buffer, out: string, what: string): number {
  if (out === '-') {
    process.stdout.write(bytes)
    return 0
  }
  try {
    writeFileSync(out, bytes)
  } catch (error) {
    process.stderr.write(
      `Could not write ${out}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message}\n`,
    )
    return 1
  }
  process.stderr.write(`Wrote ${what} to ${out}\n`)
  return 0
}

function usage(error: unknown, setExitCode: (code: number) => void): void {
  process.stderr.write(`${(error as Error).message}\n`)
  setExitCode(2)
}
