import { COMMAND_SUMMARIES } from '../command-index'
import { Command } from 'commander'
import { createSimulator, PERSONAS, type Simulator } from '../../providers/simulator'
import { dataDirOption, waitForStopSignal, wholeNumber } from '../options'

export interface SimulatorCommandOptions {
  readonly port: number
  readonly seed: number
  readonly latency: number
}

/**
 * `distillscope simulator`: the simulated provider on its own, for scripts, demos and tests of
 * other processes. Everything it prints says it is simulated, so nobody takes its answers for a
 * real model's.
 */
export function simulatorCommand(setExitCode: (code: number) => void): Command {
  return (
    new Command('simulator')
      .description(COMMAND_SUMMARIES.simulator.summary)
      .option('--port <port>', 'port to listen on, 0 for any free port', wholeNumber('a port', 0, 65535), 0)
      .option('--seed <seed>', 'seed of every simulated reply and fault', wholeNumber('a seed', 0, 2 ** 32 - 1), 0)
      .option('--latency <ms>', 'delay before each simulated answer, in milliseconds', wholeNumber('a latency', 0, 600_000), 0)
      // Accepted like every command's; the simulator keeps nothing on disk.
      .addOption(dataDirOption().hideHelp())
      .action(async (options: SimulatorCommandOptions) => {
        const stopped = waitForStopSignal()
        const simulator = await startSimulatorForCli(options, (text) => process.stdout.write(text))
        await stopped
        await simulator.close()
        process.stdout.write('Simulated provider stopped.\n')
        setExitCode(0)
      })
  )
}

/** Starts the simulator and prints where it listens; the command's work minus waiting for Ctrl+C. */
export async function startSimulatorForCli(options: SimulatorCommandOptions, write: (text: string) => void): Promise<Simulator> {
  let simulator: Simulator
  try {
    simulator = await createSimulator({ port: options.port, seed: options.seed, latencyMs: options.latency })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new Error(`Port ${options.port} is already in use. Choose another with --port, or --port 0 for any free port.`)
    throw error
  }
  write(describeSimulator(simulator, options))
  return simulator
}

export function describeSimulator(simulator: Simulator, options: SimulatorCommandOptions): string {
  const width = Math.max(...PERSONAS.map((persona) => persona.id.length))
  return [
    `Simulated provider (Offline demo) listening on ${simulator.url}`,
    'Everything here is SIMULATED: the models are fake and answer from built-in rules, not a real LLM.',
    `  OpenAI base URL (simulated):    ${simulator.url}/v1`,
    `  Anthropic base URL (simulated): ${simulator.url}`,
    '  API key: any non-empty key is accepted.',
    `  Seed: ${options.seed}; latency: ${options.latency} ms`,
    'Simulated models (any other id answers as a generic simulated model):',
    ...PERSONAS.map((persona) => `  ${persona.id.padEnd(width)}  ${persona.description}`),
    'Control: GET /__sim/log, POST /__sim/faults, POST /__sim/reset',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n')
}
