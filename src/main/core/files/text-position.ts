/** A byte-order mark some editors (Excel, Notepad) put at the start of UTF-8 files. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Maps character offsets to the line and column an editor shows (both 1-based). */
export interface LineIndex {
  lineAt(offset: number): number
  columnAt(offset: number): number
}

export function indexLines(text: string): LineIndex {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  const lineAt = (offset: number): number => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
  return { lineAt, columnAt: (offset) => offset - (starts[lineAt(offset) - 1] ?? 0) + 1 }
}
