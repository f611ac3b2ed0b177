import type { Logger } from '../core/log'
import { createServices, type ServiceOptions, type Services } from '../services'
import { unlockFromEnvironment } from '../storage/secrets/unlock-from-environment'

/**
 * Services for a command: the data folder's database plus the passphrase key file, unlocked from
 * DISTILLSCOPE_PASSPHRASE when set (unattended runs, a workstation reached over SSH).
 */
export async function openServicesForCommand(dataDir: string, log: Logger, extra: Partial<ServiceOptions> = {}): Promise<Services> {
  const services = createServices({ dataDir, log, ...extra })
  try {
    if ((await unlockFromEnvironment(services.secrets, process.env)) === 'unlocked') log.info('API keys unlocked from DISTILLSCOPE_PASSPHRASE')
    return services
  } catch (error) {
    await services.close()
    throw error
  }
}
