import type { IceRowFilter } from './ice-results'
import type { IceAttackRow } from './index'

/** Where a page of rows ends, in display order, so the next read starts after it. */
export type IceRowKey = readonly [replicate: number, iteration: number, mutantId: number, questionIndex: number]

/** A filter with the run's hard keywords (a strict positive is hard when its template names none of them). */
export type IceRowQuery = IceRowFilter & { readonly keywords: readonly string[] }

/**
 * What results and row pages read of a stored ICE run, a page at a time rather than every row at
 * once (issue 17 item 3); storage implements it. Rows come in display order: replicate, iteration, mutant, question.
 */
export interface IceResultReads {
  rowsAfter(runId: string, after: IceRowKey | undefined, limit: number): { readonly key: IceRowKey; readonly row: IceAttackRow }[]
  rowPage(runId: string, query: IceRowQuery & { readonly offset: number; readonly limit: number }): IceAttackRow[]
  rowCount(runId: string, query: IceRowQuery): number
}
