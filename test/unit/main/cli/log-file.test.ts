import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { withLogFile } from '../../../../src/main/cli/log-file'
import type { Logger } from '../../../../src/main/core/log'
import { useTempDirs } from '../../../support/temp-dir'

const newDir = useTempDirs()

function recording(): Logger & { lines: string[] } {
  const lines: string[] = []
  const entry = (level: string) => (message: string, details?: unknown) =>
    lines.push(`${level} ${message}${details === undefined ? '' : ` ${String(details)}`}`)
  return { lines, info: entry('INFO'), warn: entry('WARN'), error: entry('ERROR') }
}

// Issue 12, item 6: stack traces go to the log file only; the terminal gets the one-line message.
describe('the command line log file', () => {
  it('writes the stack to the file and only the message to the terminal', () => {
    const file = join(newDir(), 'distillscope.log')
    const terminal = recording()
    const log = withLogFile(terminal, file)
    const error = new Error('The provider refused the request.')
    log.error('Run run_1 failed', error)
    expect(terminal.lines).toEqual(['ERROR Run run_1 failed: The provider refused the request.'])
    const written = readFileSync(file, 'utf8')
    expect(written).toContain('Run run_1 failed')
    expect(written).toContain(error.stack!.split('\n')[1]!.trim())
  })

  it('is readable by its owner only', () => {
    const file = join(newDir(), 'distillscope.log')
    withLogFile(recording(), file).warn('something')
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('keeps logging to the terminal when the file cannot be written', () => {
    const terminal = recording()
    const log = withLogFile(terminal, join(newDir(), 'missing-folder', 'x', 'distillscope.log'))
    log.info('still here')
    expect(terminal.lines).toEqual(['INFO still here'])
  })
})
