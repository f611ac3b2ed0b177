import { describe, expect, it } from 'vitest'
import {
  CREDENTIAL_HEADER_MESSAGE,
  MAX_HEADERS,
  headersToRows,
  nextRowId,
  rowsToHeaders,
  type HeaderRow,
} from '../../../../../src/renderer/src/lib/providers/header-rows'

const row = (id: number, name: string, value: string): HeaderRow => ({ id, name, value })

describe('rowsToHeaders', () => {
  it('builds the record, trimming names and values and ignoring blank rows', () => {
    expect(rowsToHeaders([row(1, ' X-Team ', ' research '), row(2, '', ''), row(3, 'OpenAI-Organization', 'org-1')])).toEqual({
      ok: true,
      headers: { 'X-Team': 'research', 'OpenAI-Organization': 'org-1' },
    })
    expect(rowsToHeaders([])).toEqual({ ok: true, headers: {} })
  })

  it('allows an empty value for a named header', () => {
    expect(rowsToHeaders([row(1, 'X-Flag', '')])).toEqual({ ok: true, headers: { 'X-Flag': '' } })
  })

  it('reports a value without a name on that row', () => {
    expect(rowsToHeaders([row(7, '', 'value')])).toEqual({ ok: false, rows: { 7: { name: 'Enter the header name' } } })
  })

  it('refuses names with characters HTTP does not allow here', () => {
    const result = rowsToHeaders([row(1, 'X Team', 'a'), row(2, 'X_Team', 'b'), row(3, 'x'.repeat(65), 'c')])
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.rows)).toEqual(['1', '2', '3'])
    expect(result.rows[1]?.name).toMatch(/letters, digits and dashes/)
  })

  it.each(['Authorization', 'x-api-key', 'API-Key', 'Cookie', 'proxy-authorization', 'X-Goog-Api-Key'])('sends %s to the key field instead', (name) => {
    expect(rowsToHeaders([row(1, name, 'secret')])).toEqual({ ok: false, rows: { 1: { name: CREDENTIAL_HEADER_MESSAGE } } })
  })

  it('flags a repeated name (any case) on the later row only', () => {
    expect(rowsToHeaders([row(1, 'X-Team', 'a'), row(2, 'x-team', 'b')])).toEqual({
      ok: false,
      rows: { 2: { name: 'This header is already listed above' } },
    })
  })

  it('refuses values on several lines or too long, keeping the name error too', () => {
    const result = rowsToHeaders([row(1, 'X-A', 'one\ntwo'), row(2, 'X B', 'x'.repeat(2001))])
    expect(result).toEqual({
      ok: false,
      rows: {
        1: { value: 'A header value must be on one line' },
        2: { name: expect.stringMatching(/letters/), value: 'A header value has at most 2000 characters' },
      },
    })
  })

  it(`allows ${MAX_HEADERS} headers and refuses one more`, () => {
    const rows = Array.from({ length: MAX_HEADERS }, (_, index) => row(index + 1, `X-H${index}`, 'v'))
    expect(rowsToHeaders(rows).ok).toBe(true)
    expect(rowsToHeaders([...rows, row(99, 'X-Extra', 'v')])).toEqual({ ok: false, rows: {}, message: `At most ${MAX_HEADERS} custom headers` })
  })
})

describe('headersToRows and nextRowId', () => {
  it('turns a record into numbered rows and back', () => {
    const rows = headersToRows({ 'X-A': '1', 'X-B': '2' }, 5)
    expect(rows).toEqual([row(5, 'X-A', '1'), row(6, 'X-B', '2')])
    expect(rowsToHeaders(rows)).toEqual({ ok: true, headers: { 'X-A': '1', 'X-B': '2' } })
  })

  it('gives a new row an id no other row has', () => {
    expect(nextRowId([])).toBe(1)
    expect(nextRowId([row(3, '', ''), row(9, '', ''), row(4, '', '')])).toBe(10)
  })
})
