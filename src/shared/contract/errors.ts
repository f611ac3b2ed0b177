/**
 * Error codes shared by every transport. The renderer switches on `code`; `message` is written for
 * the person using the app, never for a developer, and never contains a secret.
 */
export const ERROR_CODES = ['invalid_input', 'unknown_route', 'payload_too_large', 'forbidden', 'not_found', 'conflict', 'unavailable', 'internal'] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface InputIssue {
  /** Dotted path of the offending field, e.g. `models.0.baseURL`; empty for the input as a whole. */
  readonly path: string
  readonly message: string
}

export interface ErrorBody {
  readonly code: ErrorCode
  readonly message: string
  readonly issues?: readonly InputIssue[]
}

export type Envelope<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ErrorBody }

/** Thrown by services for expected failures; the router turns it into an error envelope as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: readonly InputIssue[],
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}
