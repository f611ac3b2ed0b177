import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { Command } from 'commander'
import { AppError } from '../../../shared/contract/errors'
import { resolveDataDir } from '../../core/data-dir'
import { createStderrLogger } from '../../core/log'
import { dataDirOption } from '../options'
import { openServicesForCommand } from '../open-services'

/** Exit codes: 0 imported, 2 a file that is not a readable paper package (the message says why). */
export function importCommand(setExitCode: (code: number) => void): Command {
  return new Command('import')
    .description('import a paper package (a zip exported by Distillscope) as a new run; no model is called')
    .argument('<package>', 'the package, a .zip file')
    .addOption(dataDirOption())
    .option('--json', 'print {"runId": ...}')
    .action(async (file: string, options: { dataDir?: string; json?: boolean }) => {
      const path = resolve(file)
      let bytes: Buffer
      try {
        bytes = await readFile(path)
      } catch (error) {
        process.stderr.write(`The file ${path} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).\n`)
        return setExitCode(2)
      }
      const services = await openServicesForCommand(resolveDataDir(options.dataDir), createStderrLogger())
      try {
        const run = services.runs.importPackage(bytes, basename(path))
        process.stdout.write(options.json ? `${JSON.stringify({ runId: run.id })}\n` : `Imported "${run.name}" as run ${run.id}.\n`)
        setExitCode(0)
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        process.stderr.write(`${error.message}\n`)
        setExitCode(2)
      } finally {
        await services.close()
      }
    })
}
