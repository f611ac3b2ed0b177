/**
 * The token printed in the terminal works in the address once: the first page load trades it for the
 * cookie, after which the address is only a dead string in the browser history, a log or a
 * screenshot. Only a page load (GET or HEAD) may use it: a POST or a socket carrying it in its URL
 * would make the address itself a credential for changing things.
 */
export interface UrlTokenGate {
  accepts(method: string | undefined): boolean
  spend(): void
}

export function createUrlTokenGate(): UrlTokenGate {
  let spent = false
  return {
    accepts: (method) => !spent && (method === 'GET' || method === 'HEAD'),
    spend: () => {
      spent = true
    },
  }
}
