export interface Logger {
  info(message: string, details?: unknown): void
  warn(message: string, details?: unknown): void
  error(message: string, details?: unknown): void
}

/** Writes one line per entry to stderr, leaving stdout to command output (`--json` stays parseable). */
export function createStderrLogger(write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const entry = (level: string) => (message: string, details?: unknown) => {
    const suffix = details === undefined ? '' : ` ${formatDetails(details)}`
    write(`${new Date().toISOString()} ${level} ${message}${suffix}\n`)
  }
  return { info: entry('INFO'), warn: entry('WARN'), error: entry('ERROR') }
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} }

function formatDetails(details: unknown): string {
  if (details instanceof Error) return details.stack ?? details.message
  try {
    return JSON.stringify(details)
  } catch {
    return String(details)
  }
}
