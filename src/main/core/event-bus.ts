import type { EventName, EventPayload } from '../../shared/contract'

export type EventSink = (event: EventName, payload: unknown) => void

/**
 * Fan-out of domain events to whatever transports are attached (the Electron window, browser-mode
 * sockets). Services emit typed events and never know who listens.
 */
export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void
  attach(sink: EventSink): () => void
}

export function createEventBus(onSinkError: (error: unknown) => void = () => {}): EventBus {
  const sinks = new Set<EventSink>()
  return {
    emit(event, payload) {
      for (const sink of sinks) {
        try {
          sink(event, payload)
        } catch (error) {
          onSinkError(error)
        }
      }
    },
    attach(sink) {
      sinks.add(sink)
      return () => sinks.delete(sink)
    },
  }
}
