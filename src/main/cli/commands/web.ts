import { COMMAND_SUMMARIES } from '../command-index'
import { Command } from 'commander'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { resolveDataDir } from '../../core/data-dir'
import { createStderrLogger } from '../../core/log'
import { createBrowserModeRouter } from '../../web/browser-mode-router'
import { startWebServer } from '../../web/server'
import { openServicesForCommand } from '../open-services'
import type { CliContext } from '../cli-context'
import { dataDirOption, waitForStopSignal, wholeNumber } from '../options'

export const DEFAULT_WEB_PORT = 5170

export function webCommand(context: CliContext, setExitCode: (code: number) => void): Command {
  return new Command('web')
    .description(COMMAND_SUMMARIES.web.summary)
    .option('--port <port>', `port to listen on, 0 for any free port (default ${DEFAULT_WEB_PORT})`, wholeNumber('a port', 0, 65535), DEFAULT_WEB_PORT)
    .addOption(dataDirOption())
    .action(async (options: { port: number; dataDir?: string }) => {
      if (!existsSync(join(context.rendererDir, 'index.html'))) {
        throw new Error(`The app's pages were not found in ${context.rendererDir}. Build them first: npm run build`)
      }
      const log = createStderrLogger()
      const services = await openServicesForCommand(resolveDataDir(options.dataDir), log)
      let server
      try {
        server = await startWebServer({
          router: createBrowserModeRouter(services, log),
          events: services.events,
          rendererDir: context.rendererDir,
          port: options.port,
          log,
        })
      } catch (error) {
        await services.close()
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
          throw new Error(`Port ${options.port} is already in use. Choose another with --port, or --port 0 for any free port.`)
        throw error
      }
      // Listen for Ctrl+C before printing the address: whoever reads it may stop us at once.
      const stopped = waitForStopSignal()
      process.stdout.write(
        `Distillscope is running in browser mode.\nData folder: ${services.dataDir}\nOpen this address (it contains your private access token):\n  ${server.url}\nPress Ctrl+C to stop.\n`,
      )
      await stopped
      await server.close()
      await services.close()
      setExitCode(0)
    })
}
