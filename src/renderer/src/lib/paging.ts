/** A page of a list that is already in memory (ICE sets hold hundreds of items, not millions). */
export interface PageOf<T> {
  readonly items: readonly T[]
  /** 1-based, for "Questions 1–50 of 120"; 0 when the list is empty. */
  readonly from: number
  readonly to: number
  readonly total: number
  readonly hasPrevious: boolean
  readonly hasNext: boolean
}

export const ITEMS_PER_PAGE = 50

/** `start` is clamped, so a list that shrank under the reader never shows an empty page. */
export function pageOf<T>(items: readonly T[], start: number, size = ITEMS_PER_PAGE): PageOf<T> {
  const total = items.length
  const lastStart = total === 0 ? 0 : Math.floor((total - 1) / size) * size
  const first = Math.min(Math.max(0, Math.floor(start / size) * size), lastStart)
  const slice = items.slice(first, first + size)
  return { items: slice, from: total === 0 ? 0 : first + 1, to: first + slice.length, total, hasPrevious: first > 0, hasNext: first + size < total }
}
