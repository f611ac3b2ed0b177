import { isPlainObject } from '../../../files/records'

/**
 * Reads a field by path. A key that exists as written wins (CSV headers may contain dots);
 * otherwise dots separate steps and a number steps into a list: `turns.0.content`.
 */
export function getPath(record: unknown, path: string): unknown {
  if (isPlainObject(record) && Object.hasOwn(record, path)) return record[path]
  let current: unknown = record
  for (const step of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(step)) current = current[Number(step)]
    else if (isPlainObject(current) && Object.hasOwn(current, step)) current = current[step]
    else return undefined
  }
  return current
}

const MAX_DEPTH = 4
const MAX_FIELDS = 200
const RECORDS_LOOKED_AT = 20

/** Field paths of the first records, in the order met, for the mapping choices; lists by their first element. */
export function listFields(records: readonly unknown[]): string[] {
  const found = new Set<string>()
  const visit = (value: unknown, prefix: string, depth: number) => {
    if (found.size >= MAX_FIELDS) return
    const children = Array.isArray(value) ? (value.length > 0 ? [['0', value[0]] as const] : []) : isPlainObject(value) ? Object.entries(value) : []
    if (children.length === 0 || depth >= MAX_DEPTH) {
      if (prefix) found.add(prefix)
      return
    }
    for (const [key, child] of children) visit(child, prefix ? `${prefix}.${key}` : key, depth + 1)
  }
  for (const record of records.slice(0, RECORDS_LOOKED_AT)) visit(record, '', 0)
  return [...found]
}
