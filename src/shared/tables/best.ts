import type { Table } from './table'

/**
 * For each column that ranks, the measured rows holding its best value as printed (rounded to the
 * cell's decimals), so two values that print the same are both bold and a difference in an
 * unprinted digit never decides. Published rows are context, never ranked. Returns one set of row
 * indices per column.
 */
export function bestCells(table: Table): ReadonlySet<number>[] {
  return table.columns.map((column, columnIndex) => {
    const best = new Set<number>()
    if (!column.best) return best
    const printed = table.rows.map((row) => {
      const cell = row.cells[columnIndex]
      return !row.published && cell?.kind === 'number' && cell.value !== null ? Number(cell.value.toFixed(cell.decimals)) : undefined
    })
    const values = printed.filter((value): value is number => value !== undefined)
    if (values.length < 2) return best
    const target = column.best === 'max' ? Math.max(...values) : Math.min(...values)
    printed.forEach((value, rowIndex) => value === target && best.add(rowIndex))
    return best
  })
}
