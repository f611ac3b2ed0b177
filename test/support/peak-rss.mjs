import { readFileSync } from 'node:fs'

/**
 * The process's own peak resident memory, in bytes. On Linux `getrusage`'s maxRSS survives exec, so
 * a command started from a large parent (the test runner, the bench) reports the parent's size;
 * VmHWM belongs to this process's own memory map.
 */
export function peakRssBytes(usage = process.resourceUsage()) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (match) return Number(match[1]) * 1024
  } catch {
    // Not Linux: getrusage's figure is the best there is.
  }
  return usage.maxRSS * 1024
}
