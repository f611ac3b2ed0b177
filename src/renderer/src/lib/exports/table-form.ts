import type { TableExportInput } from '../../../../shared/contract/exports'
import type { FigureSources } from '../../../../shared/figures/sources'
import { buildTable, TABLES, TableError, type TableName } from '../../../../shared/tables/catalogue'
import { formatTable, type TableFormat } from '../../../../shared/tables/formats/index'

/*
 * The table part of "Figures and tables". The preview is written here with the shared writers,
 * so it is the very text `exports.table` returns and the file holds. No React here.
 */

export interface TableFormValues {
  /** Null until chosen: the first table the runs have is used. */
  readonly name: TableName | null
  readonly format: TableFormat
  readonly paperOverlay: boolean
}

export const INITIAL_TABLE_FORM: TableFormValues = { name: null, format: 'latex', paperOverlay: false }

/** LaTeX first: a paper is what most people come here for. */
export const TABLE_FORMAT_OPTIONS: readonly { readonly value: TableFormat; readonly label: string }[] = [
  { value: 'latex', label: 'LaTeX' },
  { value: 'csv', label: 'CSV' },
  { value: 'md', label: 'Markdown' },
  { value: 'json', label: 'JSON' },
]

export const tableFormatLabel = (format: TableFormat): string => TABLE_FORMAT_OPTIONS.find((option) => option.value === format)?.label ?? format

/** The table's description only: its id ("rse-aspects") is for the command line, not the screen. */
export const tableOptionLabel = (name: TableName): string => TABLES[name].description

export function chosenTable(values: TableFormValues, available: readonly TableName[]): TableName | undefined {
  return values.name !== null && available.includes(values.name) ? values.name : available[0]
}

export function tableRequest(runIds: readonly string[], name: TableName, values: TableFormValues): TableExportInput {
  return { runIds: [...runIds], name, format: values.format, paperOverlay: values.paperOverlay && TABLES[name].paperOverlay }
}

/** The table's text as it will be saved, or why it cannot be made from these runs. */
export function tablePreview(sources: FigureSources, request: TableExportInput): { readonly text: string } | { readonly error: string } {
  try {
    return { text: formatTable(buildTable(request.name, sources, { paperOverlay: request.paperOverlay ?? false }), request.format) }
  } catch (error) {
    if (error instanceof TableError) return { error: error.message }
    throw error
  }
}
