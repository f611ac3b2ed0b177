import type { z } from 'zod'

/**
 * A route is a zod schema for its input plus a phantom output type. Inputs cross a trust boundary
 * (IPC, HTTP) so they are parsed at run time; outputs are produced by our own code, so a type suffices.
 */
export interface RouteDef<Input extends z.ZodType, Output> {
  readonly input: Input
  /** Largest accepted input, in bytes of JSON. Routes that carry files raise it explicitly. */
  readonly maxBytes?: number
  /** Never read at run time: carries the output type for the typed client and handler table. */
  readonly output?: Output
}

/** An event is only a payload type; events flow from main to renderer, which trusts the main process. */
export interface EventDef<Payload> {
  readonly payload?: Payload
}

/** Curried so the output type is written explicitly while the input type is inferred from the schema. */
export function defineRoute<Output>() {
  return <Input extends z.ZodType>(input: Input, options: { maxBytes?: number } = {}): RouteDef<Input, Output> => ({
    input,
    ...options,
  })
}

export function defineEvent<Payload>(): EventDef<Payload> {
  return {}
}
