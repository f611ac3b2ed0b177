import { Command, CommanderError } from 'commander'
import { APP_VERSION } from '../core/app-meta'
import { doctorCommand } from './commands/doctor'
import { exportCommand } from './commands/export'
import { iceCommand } from './commands/ice'
import { importCommand } from './commands/import-package'
import { runCommand } from './commands/run'
import { simulatorCommand } from './commands/simulator'
import { webCommand } from './commands/web'
import type { CliContext } from './cli-context'

export type { CliContext } from './cli-context'

/** Builds and runs the command line; resolves to the process exit code. */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  let exitCode = 0
  const program = new Command()
    .name('distillscope')
    .description('Measure how much a language model was distilled from another (RSE and ICE).')
    .version(APP_VERSION, '-v, --version', 'print the version')
    .showHelpAfterError('(run distillscope --help for usage)')
    .exitOverride()
  program.addCommand(doctorCommand((code) => (exitCode = code)))
  program.addCommand(webCommand(context, (code) => (exitCode = code)))
  program.addCommand(simulatorCommand((code) => (exitCode = code)))
  program.addCommand(runCommand((code) => (exitCode = code)))
  program.addCommand(iceCommand((code) => (exitCode = code)))
  program.addCommand(exportCommand((code) => (exitCode = code)))
  program.addCommand(importCommand((code) => (exitCode = code)))
  try {
    await program.parseAsync([...argv])
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode
    process.stderr.write(`${(error as Error).message}\n`)
    return 1
  }
  return exitCode
}
