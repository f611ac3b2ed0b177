/**
 * A successful reply the SDK could not read: HTML from a proxy's login page, plain text, or a
 * JSON body cut off in transit. Carries the reply's first bytes (not yet scrubbed of the key:
 * error-mapping does that, since it knows the key).
 */
export class UnreadableReplyError extends Error {
  constructor(
    readonly firstBytes: string,
    /** The connection ended before the declared body did: a failure in transit, not a bad reply. */
    readonly cutOff = false,
  ) {
    super('The provider answered 200 with a reply that is not readable JSON.')
    this.name = 'UnreadableReplyError'
  }
}
