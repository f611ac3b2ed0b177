/*
 * Custom headers are edited as rows (name, value) and sent as a record. The rules mirror
 * `headersSchema` in the contract, so a mistake is shown on its row before anything is sent.
 */

export interface HeaderRow {
  /** Stable identity for React keys and error placement; never sent. */
  readonly id: number
  readonly name: string
  readonly value: string
}

export interface HeaderRowErrors {
  readonly name?: string
  readonly value?: string
}

export type HeaderRowsResult =
  | { readonly ok: true; readonly headers: Record<string, string> }
  | { readonly ok: false; readonly rows: Readonly<Record<number, HeaderRowErrors>>; readonly message?: string }

export const MAX_HEADERS = 20
export const MAX_HEADER_VALUE_LENGTH = 2000

const HEADER_NAME = /^[A-Za-z0-9-]{1,64}$/
/** Same list as the contract: credentials belong in the encrypted key field. */
const CREDENTIAL_HEADERS = /^(authorization|proxy-authorization|x-api-key|api-key|x-goog-api-key|cookie)$/i

export const CREDENTIAL_HEADER_MESSAGE = 'Keys must go in the API key field, where they are encrypted, not in a custom header'

export function headersToRows(headers: Readonly<Record<string, string>>, firstId = 1): HeaderRow[] {
  return Object.entries(headers).map(([name, value], index) => ({ id: firstId + index, name, value }))
}

/** A row with neither a name nor a value is ignored: it is what "Add header" creates. */
function isBlank(row: HeaderRow): boolean {
  return row.name.trim() === '' && row.value.trim() === ''
}

export function rowsToHeaders(rows: readonly HeaderRow[]): HeaderRowsResult {
  const errors: Record<number, HeaderRowErrors> = {}
  const headers: Record<string, string> = {}
  const seen = new Set<string>()
  const filled = rows.filter((row) => !isBlank(row))
  for (const row of filled) {
    const name = row.name.trim()
    const value = row.value.trim()
    let nameError: string | undefined
    let valueError: string | undefined
    if (name === '') nameError = 'Enter the header name'
    else if (!HEADER_NAME.test(name)) nameError = 'A header name uses letters, digits and dashes only (at most 64)'
    else if (CREDENTIAL_HEADERS.test(name)) nameError = CREDENTIAL_HEADER_MESSAGE
    else if (seen.has(name.toLowerCase())) nameError = 'This header is already listed above'
    if (/[\r\n]/.test(row.value)) valueError = 'A header value must be on one line'
    else if (value.length > MAX_HEADER_VALUE_LENGTH) valueError = `A header value has at most ${MAX_HEADER_VALUE_LENGTH} characters`
    if (name !== '') seen.add(name.toLowerCase())
    if (nameError || valueError) {
      errors[row.id] = { ...(nameError ? { name: nameError } : {}), ...(valueError ? { value: valueError } : {}) }
    } else {
      headers[name] = value
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, rows: errors }
  if (filled.length > MAX_HEADERS) return { ok: false, rows: {}, message: `At most ${MAX_HEADERS} custom headers` }
  return { ok: true, headers }
}

export function nextRowId(rows: readonly HeaderRow[]): number {
  return rows.reduce((max, row) => Math.max(max, row.id), 0) + 1
}
