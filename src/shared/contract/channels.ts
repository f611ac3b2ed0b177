/** The only two Electron IPC channels: requests go renderer -> main, events main -> renderer. */
export const REQUEST_CHANNEL = 'distillscope:request'
export const EVENT_CHANNEL = 'distillscope:event'

/** Browser-mode equivalents, relative to the server's origin. */
export const HTTP_REQUEST_PATH = '/api/request'
export const WS_EVENTS_PATH = '/api/events'

/** Default cap on a request's JSON size; a route may raise it with `maxBytes`. */
export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024
