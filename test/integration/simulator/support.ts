import { afterEach } from 'vitest'
import { createSimulator, type Simulator, type SimulatorOptions } from '../../../src/main/providers/simulator'

/** Starts simulators that are closed after the current test. */
export function useSimulators(): (options?: SimulatorOptions) => Promise<Simulator> {
  const running: Simulator[] = []
  afterEach(async () => {
    await Promise.all(running.splice(0).map((simulator) => simulator.close()))
  })
  return async (options = {}) => {
    const simulator = await createSimulator(options)
    running.push(simulator)
    return simulator
  }
}

export const QUESTION = [{ role: 'user' as const, content: 'Why is the sky blue?' }]

/** Waits until the simulator has logged the end of every request (the client may return first). */
export async function settled(simulator: Simulator, count: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const log = simulator.requestLog
    if (log.length >= count && log.every((entry) => entry.endedAtMs !== null)) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`the simulator did not settle: ${JSON.stringify(simulator.requestLog)}`)
}
