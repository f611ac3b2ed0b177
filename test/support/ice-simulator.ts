import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { createSimulator, type Simulator } from '../../src/main/providers/simulator'

/** GPTFuzz's templates in the shared test data (../shared/data/README.md). */
export const GPTFUZZ_DIR = resolve('../shared/data/gptfuzz')

/**
 * The simulator for a file of ICE tests over GPTFuzz's templates: started before its tests (once the
 * shared data is known to be there, so a missing folder fails with a clear message) and closed after.
 */
export function useIceSimulator(seed: number) {
  let simulator: Simulator | undefined
  beforeAll(async () => {
    if (!existsSync(resolve(GPTFUZZ_DIR, 'GPTFuzzer.csv')))
      throw new Error(`The shared test data is missing: ${GPTFUZZ_DIR}/GPTFuzzer.csv (see ../shared/data/README.md)`)
    simulator = await createSimulator({ port: 0, seed })
  })
  afterAll(async () => {
    await simulator?.close()
  })
  return {
    simulator: (): Simulator => simulator!,
    /** An inline model on the simulator, as a spec names it. */
    model: (id: string) => ({ provider: 'custom', baseURL: `${simulator!.url}/v1`, model: id }),
  }
}
