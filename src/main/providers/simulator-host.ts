export interface RunningSimulator {
  readonly url: string
  close(): Promise<void>
}

/**
 * The Offline demo's simulator, started the first time a simulated model is used (not at app start:
 * most sessions never need it) and stopped with the app. Concurrent first uses share one start.
 */
export function createSimulatorHost(start: () => Promise<RunningSimulator>) {
  let running: RunningSimulator | undefined
  let starting: Promise<RunningSimulator> | undefined
  return {
    url: () => running?.url,
    async ensure(): Promise<void> {
      if (running) return
      starting ??= start().then(
        (simulator) => (running = simulator),
        (error: unknown) => {
          starting = undefined
          throw error
        },
      )
      await starting
    },
    async close(): Promise<void> {
      const simulator = running ?? (await starting?.catch(() => undefined))
      running = undefined
      starting = undefined
      await simulator?.close()
    },
  }
}

export type SimulatorHost = ReturnType<typeof createSimulatorHost>
