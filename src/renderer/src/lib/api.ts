import type { Bridge } from '../../../shared/bridge'
import type { ErrorCode, EventName, EventPayload, InputIssue, RouteInput, RouteName, RouteOutput } from '../../../shared/contract/index'
import { UNAVAILABLE_MESSAGE, parseEnvelope } from './envelope'

/** A failed request, carrying the backend's code and its message written for the person using the app. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: readonly InputIssue[] = [],
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** The input argument may be left out exactly when the route's schema accepts `undefined`. */
export type RouteArgs<N extends RouteName> = undefined extends RouteInput<N> ? [input?: RouteInput<N>] : [input: RouteInput<N>]

export interface ApiClient {
  request<N extends RouteName>(route: N, ...args: RouteArgs<N>): Promise<RouteOutput<N>>
  /** Subscribes to an event; the returned function unsubscribes (calling it twice is harmless). */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

const UNEXPECTED_REPLY = 'Distillscope received an unexpected reply from its backend. Try again, or restart Distillscope.'

/** For anything that is not an ApiError (a bug, a thrown TypeError): never show a stack to the user. */
export function userMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return 'Something unexpected went wrong. Try again, or restart Distillscope.'
}

export function createApiClient(bridge: Bridge): ApiClient {
  return {
    async request<N extends RouteName>(route: N, ...args: RouteArgs<N>): Promise<RouteOutput<N>> {
      let envelope: unknown
      try {
        envelope = await bridge.request(route, args[0])
      } catch {
        // Electron's invoke rejects if the main process has no handler or has gone away.
        throw new ApiError('unavailable', UNAVAILABLE_MESSAGE)
      }
      const parsed = parseEnvelope(envelope)
      if (!parsed) throw new ApiError('internal', UNEXPECTED_REPLY)
      // The output type is a phantom in the contract: main is trusted to produce it.
      if (parsed.ok) return parsed.data as RouteOutput<N>
      throw new ApiError(parsed.error.code, parsed.error.message, parsed.error.issues ?? [])
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
      // Events come from our own main process, which is trusted to send the declared payload type.
      const id = bridge.on(event, (payload) => listener(payload as EventPayload<E>))
      let subscribed = true
      return () => {
        if (!subscribed) return
        subscribed = false
        bridge.off(id)
      }
    },
  }
}
