import { readFile, stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { COMMAND_SUMMARIES } from '../command-index'
import { Command } from 'commander'
import { AppError } from '../../../shared/contract/errors'
import { PACKAGE_MAX_BYTES } from '../../../shared/contract/runs'
import { resolveDataDir } from '../../core/data-dir'
import { createStderrLogger } from '../../core/log'
import { packageTooLarge } from '../../export/package/read-package'
import { dataDirOption } from '../options'
import { openServicesForCommand } from '../open-services'

/** Exit codes: 0 imported, 2 a file that is not a readable paper package or was changed after export (the message says why). */
export function importCommand(setExitCode: (code: number) => void): Command {
  return new Command('import')
    .description(COMMAND_SUMMARIES.import.summary)
    .argument('<package>', 'the package, a .zip file')
    .addOption(dataDirOption())
    .option('--json', 'print {"runId": ...}')
    .option('--accept-modified', 'import a package whose files changed after export (the run is marked "modified after export")')
    .action(async (file: string, options: { dataDir?: string; json?: boolean; acceptModified?: boolean }) => {
      const path = resolve(file)
      let bytes: Buffer
      try {
        // Checked before reading: a huge file must not be loaded just to be refused.
        if ((await stat(path)).size > PACKAGE_MAX_BYTES) {
          process.stderr.write(`${packageTooLarge(basename(path)).message}\n`)
          return setExitCode(2)
        }
        bytes = await readFile(path)
      } catch (error) {
        process.stderr.write(`The file ${path} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).\n`)
        return setExitCode(2)
      }
      const services = await openServicesForCommand(resolveDataDir(options.dataDir), createStderrLogger())
      try {
        const run = services.packages.importPackage(bytes, basename(path), { acceptModified: options.acceptModified === true })
        process.stdout.write(options.json ? `${JSON.stringify({ runId: run.id })}\n` : `Imported "${run.name}" as run ${run.id}.\n`)
        setExitCode(0)
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        const hint = error.code === 'conflict' ? ' Add --accept-modified to import it anyway.' : ''
        process.stderr.write(`${error.message}${hint}\n`)
        setExitCode(2)
      } finally {
        await services.close()
      }
    })
}
