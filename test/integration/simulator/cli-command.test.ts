import { CommanderError } from 'commander'
import OpenAI from 'openai'
import { describe, expect, it } from 'vitest'
import { simulatorCommand, startSimulatorForCli, type SimulatorCommandOptions } from '../../../src/main/cli/commands/simulator'
import type { Simulator } from '../../../src/main/providers/simulator'
import { QUESTION } from './support'

/** The command with its action swapped out, so parsing can be checked without waiting for Ctrl+C. */
async function parse(args: string[]): Promise<SimulatorCommandOptions> {
  let parsed: SimulatorCommandOptions | undefined
  const command = simulatorCommand(() => {})
    .exitOverride()
    .configureOutput({ writeErr: () => {}, writeOut: () => {} })
    .action((options: SimulatorCommandOptions) => {
      parsed = options
    })
  await command.parseAsync(args, { from: 'user' })
  if (!parsed) throw new Error('the action did not run')
  return parsed
}

describe('distillscope simulator', () => {
  it('parses --port, --seed and --latency, with defaults', async () => {
    expect(await parse([])).toEqual({ port: 0, seed: 0, latency: 0 })
    expect(await parse(['--port', '0', '--seed', '42', '--latency', '150'])).toEqual({ port: 0, seed: 42, latency: 150 })
  })

  it('rejects bad values with a message', async () => {
    await expect(parse(['--port', 'eighty'])).rejects.toThrow(/a port is a whole number from 0 to 65535/)
    await expect(parse(['--latency', '-5'])).rejects.toBeInstanceOf(CommanderError)
    await expect(parse(['--seed', '1.5'])).rejects.toThrow(/a seed is a whole number/)
  })

  it('starts a working simulator and says clearly, with its addresses and models, that it is simulated', async () => {
    let output = ''
    const simulator = await startSimulatorForCli({ port: 0, seed: 3, latency: 0 }, (text) => (output += text))
    try {
      expect(output).toContain(`Simulated provider (Offline demo) listening on http://127.0.0.1:${simulator.port}\n`)
      expect(output).toContain(`OpenAI base URL (simulated):    http://127.0.0.1:${simulator.port}/v1`)
      expect(output).toContain(`Anthropic base URL (simulated): http://127.0.0.1:${simulator.port}\n`)
      expect(output).toMatch(/SIMULATED/)
      for (const id of ['sim-reference', 'sim-student-close', 'sim-student-far', 'sim-target-leaky', 'sim-target-loyal', 'sim-judge', 'sim-helper'])
        expect(output).toContain(id)
      const openai = new OpenAI({ apiKey: 'anything', baseURL: `${simulator.url}/v1`, maxRetries: 0 })
      expect((await openai.chat.completions.create({ model: 'sim-reference', messages: QUESTION })).choices[0]?.finish_reason).toBe('stop')
    } finally {
      await simulator.close()
    }
  })

  it('explains a port already in use', async () => {
    const first: Simulator = await startSimulatorForCli({ port: 0, seed: 0, latency: 0 }, () => {})
    try {
      await expect(startSimulatorForCli({ port: first.port, seed: 0, latency: 0 }, () => {})).rejects.toThrow(`Port ${first.port} is already in use`)
    } finally {
      await first.close()
    }
  })
})
