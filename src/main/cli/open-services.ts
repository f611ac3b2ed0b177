import { join } from 'node:path'
import type { Logger } from '../core/log'
import { createServices, type ServiceOptions, type Services } from '../compose-services'
import { unlockFromEnvironment } from '../storage/secrets/unlock-from-environment'
import { LOG_FILE_NAME, withLogFile } from './log-file'

/**
 * Services for a command: the data folder's database plus the passphrase key file, unlocked from
 * DISTILLSCOPE_PASSPHRASE when set (unattended runs, a workstation reached over SSH). What the
 * services log goes in full to the data folder's log file; the terminal gets messages, no stacks.
 */
export async function openServicesForCommand(dataDir: string, terminal: Logger, extra: Partial<ServiceOptions> = {}): Promise<Services> {
  const log = withLogFile(terminal, join(dataDir, LOG_FILE_NAME))
  const services = createServices({ dataDir, log, ...extra })
  try {
    if ((await unlockFromEnvironment(services.secrets, process.env)) === 'unlocked') log.info('API keys unlocked from DISTILLSCOPE_PASSPHRASE')
    return services
  } catch (error) {
    await services.close()
    throw error
  }
}
