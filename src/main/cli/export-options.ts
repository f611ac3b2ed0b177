import { extname } from 'node:path'
import { InvalidArgumentError } from 'commander'
import { FIGURE_FORMATS, type FigureFormat } from '../../shared/export-options/figure-file'
import { TABLE_FORMATS, type TableFormat } from '../../shared/tables/formats'
import { ExportUsageError } from './export-sources'

/** A commander parser for decimal numbers in a range, with an error that says what is expected. */
export function decimalNumber(what: string, min: number, max: number) {
  return (value: string): number => {
    const number = Number(value)
    if (!/^\d+(\.\d+)?$/.test(value.trim()) || number < min || number > max) throw new InvalidArgumentError(`${what} is a number from ${min} to ${max}`)
    return number
  }
}

const EXTENSIONS: Readonly<Record<string, FigureFormat | TableFormat>> = {
  '.png': 'png',
  '.svg': 'svg',
  '.pdf': 'pdf',
  '.csv': 'csv',
  '.json': 'json',
  '.md': 'md',
  '.tex': 'latex',
}

/**
 * The format asked for, or the one the output file's extension names; it must suit what is
 * exported (a figure or a table), and the message lists the formats that do.
 */
export function chooseFormat<T extends FigureFormat | TableFormat>(what: 'figure' | 'table', given: string | undefined, out: string): T {
  const allowed: readonly string[] = what === 'figure' ? FIGURE_FORMATS : TABLE_FORMATS
  const format = given ?? EXTENSIONS[extname(out).toLowerCase()]
  if (format === undefined) throw new ExportUsageError(`Say which format with --format (${allowed.join(', ')}); it cannot be told from "${out}".`)
  if (!allowed.includes(format)) throw new ExportUsageError(`A ${what} can be exported as ${allowed.join(', ')}, not ${format}.`)
  return format as T
}
