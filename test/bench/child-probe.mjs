import { writeFileSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { peakRssBytes } from '../support/peak-rss.mjs'

/**
 * Preloaded (`--import`) into the command the scale bench runs: at exit it writes the process's own
 * peak memory, CPU time and event-loop delay to $PROBE_TO, so the figures are the command's alone.
 */
const delay = monitorEventLoopDelay({ resolution: 10 })
delay.enable()
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
