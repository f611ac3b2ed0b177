import { appendFileSync } from 'node:fs'
import type { Logger } from '../core/log'

/** Where the command line keeps its full log (stack traces included), in the data folder. */
export const LOG_FILE_NAME = 'distillscope.log'

/**
 * A person at a terminal needs the one-line message; whoever debugs needs the stack. So every
 * entry goes to the file in full, and the terminal gets the message with an error's own message
 * only. The file is 0600 (an error can quote a prompt); a file that cannot be written never
 * stops the command.
 */
export function withLogFile(terminal: Logger, file: string): Logger {
  const entry = (level: 'info' | 'warn' | 'error') => (message: string, details?: unknown) => {
    try {
      appendFileSync(file, `${new Date().toISOString()} ${level.toUpperCase()} ${message}${details === undefined ? '' : ` ${fullDetails(details)}`}\n`, {
        mode: 0o600,
      })
    } catch {
      // The terminal still gets the entry below.
    }
    if (details instanceof Error) terminal[level](`${message}: ${details.message}`)
    else terminal[level](message, details)
  }
  return { info: entry('info'), warn: entry('warn'), error: entry('error') }
}

function fullDetails(details: unknown): string {
  if (details instanceof Error) return details.stack ?? details.message
  try {
    return JSON.stringify(details)
  } catch {
    return String(details)
  }
}
