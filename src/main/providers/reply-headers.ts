import type { IncomingHttpHeaders } from 'node:http'

/** undici's reply headers (a name may repeat: an array) as the web Headers the SDKs and their errors take. */
export function webHeadersOf(headers: IncomingHttpHeaders): Headers {
  const out = new Headers()
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) out.append(name, one)
  }
  return out
}
