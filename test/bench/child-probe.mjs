import { readFileSync, writeFileSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'

/**
 * Preloaded (`--import`) into the command the scale bench runs: at exit it writes the process's own
 * peak memory, CPU time and event-loop delay to $PROBE_TO, so the figures are the command's alone.
 */
const delay = monitorEventLoopDelay({ resolution: 10 })
delay.enable()
/**
 * The process's own peak resident memory. On Linux `getrusage`'s maxRSS survives exec, so a command
 * started from a large parent (the test runner, the bench) reports the parent's size; VmHWM belongs
 * to this process's own memory map.
 */
function peakRssBytes(usage) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (match) return Number(match[1]) * 1024
  } catch {
    // Not Linux: getrusage's figure is the best there is.
  }
  return usage.maxRSS * 1024
}

process.on('exit', () => {
  delay.disable()
  const usage = process.resourceUsage()
  writeFileSync(
    process.env.PROBE_TO,
    JSON.stringify({
      maxRssBytes: peakRssBytes(usage),
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      loopDelayMaxMs: delay.max / 1e6,
      loopDelayP99Ms: delay.percentile(99) / 1e6,
    }),
  )
})
