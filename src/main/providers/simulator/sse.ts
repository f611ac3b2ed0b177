import type { ServerResponse } from 'node:http'
import { SIMULATED_HEADER, waitWhileConnected } from './http-util'
import type { SseEvent } from './wire'

export interface StreamPlan {
  readonly headers: Record<string, string>
  /** Pause between events, so a slow stream can be observed. */
  readonly delayMs: number
  /**
   * 'complete' sends everything; 'truncated' sends about half the events and then ends the body
   * cleanly; 'dropped' sends about half and then destroys the connection.
   */
  readonly ending: 'complete' | 'truncated' | 'dropped'
}

/** Writes server-sent events; stops quietly if the client goes away. */
export async function writeSse(response: ServerResponse, events: readonly SseEvent[], plan: StreamPlan): Promise<void> {
  response.writeHead(200, {
    ...SIMULATED_HEADER,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    ...plan.headers,
  })
  response.flushHeaders()
  // Cut after the first content but well before the final events, whatever the reply's length.
  const count = plan.ending === 'complete' ? events.length : Math.max(2, Math.floor(events.length / 2))
  for (const [index, item] of events.slice(0, count).entries()) {
    if (index > 0 && !(await waitWhileConnected(plan.delayMs, response))) return
    if (response.destroyed) return
    response.write(`${item.event ? `event: ${item.event}\n` : ''}data: ${item.data}\n\n`)
  }
  if (plan.ending === 'dropped') {
    // Let the written events reach the socket before tearing it down.
    await waitWhileConnected(20, response)
    response.destroy()
  } else response.end()
}
