import type { Table } from '../table'
import { tableToCsv } from './csv'
import { tableToJsonText } from './json'
import { tableToLatex } from './latex'
import { tableToMarkdown } from './markdown'

import type { TableFormat } from '../../export-options/table-names'

export { TABLE_FORMATS, type TableFormat } from '../../export-options/table-names'

/** A table as text in one of the four formats. */
export function formatTable(table: Table, format: TableFormat): string {
  switch (format) {
    case 'csv':
      return tableToCsv(table)
    case 'json':
      return tableToJsonText(table)
    case 'md':
      return tableToMarkdown(table)
    case 'latex':
      return tableToLatex(table)
  }
}

export { escapeLatex, tableToLatex } from './latex'
export { tableToCsv } from './csv'
export { tableToJson, tableToJsonText } from './json'
export { tableToMarkdown } from './markdown'
