import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import {
  AppError,
  DEFAULT_MAX_INPUT_BYTES,
  isRouteName,
  routes,
  type Envelope,
  type ErrorBody,
  type ParsedInput,
  type RouteName,
  type RouteOutput,
} from '../../shared/contract'
import type { Logger } from '../core/log'

/**
 * One handler per route. A mapped type over every route name: a route without a handler, or a
 * handler with the wrong output type, fails to compile.
 */
export type Handlers = { readonly [N in RouteName]: (input: ParsedInput<N>) => RouteOutput<N> | Promise<RouteOutput<N>> }

/** Who sent a request, as the transport saw it. */
export interface Sender {
  /** URL of the page that sent it (Electron frame URL, or browser-mode origin after authentication). */
  readonly url: string
}

export interface Router {
  /** Never throws: every outcome, including a bug in a handler, becomes an envelope. */
  dispatch(route: unknown, input: unknown, sender: Sender): Promise<Envelope<unknown>>
}

export interface RouterOptions {
  readonly isTrustedSender: (sender: Sender) => boolean
  readonly log: Logger
}

const fail = (error: ErrorBody): Envelope<never> => ({ ok: false, error })

export function createRouter(handlers: Handlers, options: RouterOptions): Router {
  async function dispatch(route: unknown, input: unknown, sender: Sender): Promise<Envelope<unknown>> {
    if (!options.isTrustedSender(sender)) {
      options.log.warn('Refused a request from an untrusted sender', { url: sender.url })
      return fail({ code: 'forbidden', message: 'This request did not come from the Distillscope window.' })
    }
    if (!isRouteName(route)) {
      return fail({ code: 'unknown_route', message: `There is no action called "${String(route).slice(0, 80)}".` })
    }
    const sizeProblem = checkSize(route, input)
    if (sizeProblem) return fail(sizeProblem)
    const parsed = (routes[route].input as z.ZodType).safeParse(input)
    if (!parsed.success) return fail(describeInvalidInput(route, parsed.error))
    try {
      const handler = handlers[route] as (value: unknown) => unknown
      return { ok: true, data: await handler(parsed.data) }
    } catch (error) {
      return fail(describeFailure(route, error, options.log))
    }
  }
  return { dispatch }
}

function checkSize(route: RouteName, input: unknown): ErrorBody | undefined {
  const limit = routes[route].maxBytes ?? DEFAULT_MAX_INPUT_BYTES
  let size: number
  try {
    size = Buffer.byteLength(JSON.stringify(input ?? null))
  } catch {
    return { code: 'invalid_input', message: `The input for ${route} is not plain data (it cannot be written as JSON).` }
  }
  if (size <= limit) return undefined
  return {
    code: 'payload_too_large',
    message: `The input for ${route} is too large (${formatBytes(size)}; the limit is ${formatBytes(limit)}).`,
  }
}

function describeInvalidInput(route: RouteName, error: z.ZodError): ErrorBody {
  const issues = error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
  const summary = issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ')
  return { code: 'invalid_input', message: `Invalid input for ${route}: ${summary}`, issues }
}

function describeFailure(route: RouteName, error: unknown, log: Logger): ErrorBody {
  if (error instanceof AppError) {
    return error.issues ? { code: error.code, message: error.message, issues: error.issues } : { code: error.code, message: error.message }
  }
  // Unexpected errors may carry internals (paths, SQL); the person gets a reference, the log the details.
  const reference = randomUUID().slice(0, 8)
  log.error(`Handler for ${route} failed (reference ${reference})`, error)
  return {
    code: 'internal',
    message: `Something went wrong while running ${route} (reference ${reference}). The details were written to the log.`,
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}
