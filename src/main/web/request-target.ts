/**
 * Parses a request line's target. Only the origin form (`/path?query`) is accepted: browsers send
 * nothing else to an origin server, and the absolute form would let a request name a host of its own.
 * Never throws: undefined means "answer 400". The target is appended to a fixed origin rather than
 * resolved against it, because `//x` resolved against a base is a host name, not a path.
 */
export function parseRequestTarget(target: string | undefined): URL | undefined {
  if (target === undefined || !target.startsWith('/')) return undefined
  try {
    const url = new URL(`http://localhost${target}`)
    return url.host === 'localhost' ? url : undefined
  } catch {
    return undefined
  }
}
