import { Command, CommanderError } from 'commander'
import { APP_VERSION } from '../core/app-meta'
import type { CliContext } from './cli-context'
import { COMMAND_NAMES, COMMAND_SUMMARIES, requestedCommand, type CommandName } from './command-index'

export type { CliContext } from './cli-context'

type SetExitCode = (code: number) => void

/** Each command's module, loaded only when asked for: they pull in the database, SDKs and canvas. */
const LOADERS: Record<CommandName, (context: CliContext, setExitCode: SetExitCode) => Promise<Command>> = {
  doctor: async (_context, set) => (await import('./commands/doctor')).doctorCommand(set),
  web: async (context, set) => (await import('./commands/web')).webCommand(context, set),
  simulator: async (_context, set) => (await import('./commands/simulator')).simulatorCommand(set),
  run: async (_context, set) => (await import('./commands/run')).runCommand(set),
  rejudge: async (_context, set) => (await import('./commands/rejudge')).rejudgeCommand(set),
  'judge-check': async (_context, set) => (await import('./commands/judge-check')).judgeCheckCommand(set),
  ice: async (_context, set) => (await import('./commands/ice')).iceCommand(set),
  export: async (_context, set) => (await import('./commands/export')).exportCommand(set),
  import: async (_context, set) => (await import('./commands/import-package')).importCommand(set),
}

/** Builds and runs the command line; resolves to the process exit code. */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  let exitCode = 0
  const setExitCode: SetExitCode = (code) => (exitCode = code)
  const program = new Command()
    .name('distillscope')
    .description('Measure how much a language model was distilled from another (RSE and ICE).')
    .version(APP_VERSION, '-v, --version', 'print the version')
    .showHelpAfterError('(run distillscope --help for usage)')
    .exitOverride()
  const requested = requestedCommand(argv.slice(2))
  try {
    for (const name of COMMAND_NAMES) {
      if (name === requested) program.addCommand(await LOADERS[name](context, setExitCode))
      // The others only need their line in `--help` and to be known names.
      else program.command(`${name} ${COMMAND_SUMMARIES[name].args}`.trim()).description(COMMAND_SUMMARIES[name].summary)
    }
    await program.parseAsync([...argv])
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode
    process.stderr.write(`${(error as Error).message}\n`)
    return 1
  }
  return exitCode
}
