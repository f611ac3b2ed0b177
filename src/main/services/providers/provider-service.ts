import { AppError } from '../../../shared/contract/errors'
import {
  providerInputSchema,
  type Provider,
  type ProviderChanges,
  type ProviderInput,
  type ProviderKeyStatus,
  type ProviderSettings,
} from '../../../shared/contract/providers'
import { normaliseBaseUrl } from '../../../shared/providers/base-url'
import type { EventBus } from '../../core/event-bus'
import type { ModelsRepo } from '../../storage/repos/models'
import type { ProviderRow, ProvidersRepo } from '../../storage/repos/providers'
import { keyFromEnvironment } from '../../storage/secrets/env-keys'
import { last4Of } from '../../storage/secrets/secret-input'
import { refuseDuplicateName } from './unique-name'
import type { SecretStore } from '../../storage/secrets/secret-store'

export interface ProviderServiceDeps {
  readonly providers: ProvidersRepo
  readonly models: ModelsRepo
  readonly secrets: SecretStore
  readonly events: EventBus
  readonly env: Readonly<Record<string, string | undefined>>
  /** Address of the in-process simulator, for the Offline demo preset; undefined until started. */
  simulatorUrl(): string | undefined
}

/** Providers: stored settings, never a key; the key's status is looked up when listed. */
export function createProviderService(deps: ProviderServiceDeps) {
  async function keyStatus(row: ProviderRow): Promise<ProviderKeyStatus> {
    const fromEnv = safeKeyFromEnvironment(row.apiKeyEnv, deps.env)
    if (fromEnv) {
      const last4 = last4Of(fromEnv)
      return { configured: true, ...(last4 ? { last4 } : {}), source: 'env' }
    }
    const stored = await deps.secrets.status(row.id).catch(() => ({ configured: false }) as const)
    return stored.configured ? { configured: true, ...(stored.last4 ? { last4: stored.last4 } : {}), source: 'store' } : { configured: false, source: 'none' }
  }

  /** `endpoint` is empty when there is none yet: the simulator before its first use. */
  async function present(row: ProviderRow): Promise<Provider> {
    const baseURL = baseUrlOf(row)
    const normalised = baseURL === undefined ? undefined : normaliseBaseUrl(row.kind, baseURL)
    return { ...row, endpoint: normalised?.ok ? normalised.endpoint : '', key: await keyStatus(row) }
  }

  /** The base URL to call; for the simulator only once it runs (undefined before). */
  function baseUrlOf(row: ProviderSettings): string | undefined {
    if (row.preset !== 'simulator') return row.baseURL
    const url = deps.simulatorUrl()
    return url && (row.kind === 'openai' ? `${url}/v1` : url)
  }

  /** Validates and normalises; the simulator's address is decided at start, so none is stored. */
  function prepare(settings: ProviderSettings): ProviderSettings {
    if (settings.preset === 'simulator') return { ...settings, baseURL: '' }
    const normalised = normaliseBaseUrl(settings.kind, settings.baseURL)
    if (!normalised.ok) throw new AppError('invalid_input', normalised.message, [{ path: 'baseURL', message: normalised.message }])
    return { ...settings, baseURL: normalised.baseURL }
  }

  async function list(): Promise<Provider[]> {
    return Promise.all(deps.providers.list().map(present))
  }

  async function announce(): Promise<void> {
    deps.events.emit('providers.changed', await list())
  }

  function mustGet(id: string): ProviderRow {
    const row = deps.providers.get(id)
    if (!row) throw new AppError('not_found', 'This provider no longer exists. It may have been deleted in another window.')
    return row
  }

  return {
    list,
    mustGet,
    baseUrlOf,
    keyStatus,
    announce,
    async create(input: ProviderInput): Promise<Provider> {
      const settings = prepare(providerInputSchema.parse(input))
      refuseDuplicateName('provider', settings.name, deps.providers.list())
      const row = deps.providers.insert(settings)
      await announce()
      return present(row)
    },
    async update(id: string, changes: ProviderChanges): Promise<Provider> {
      const current = mustGet(id)
      const combined: Record<string, unknown> = { ...stripRow(current), ...changes }
      for (const cleared of ['proxy', 'apiKeyEnv', 'maxConcurrent']) if (combined[cleared] === null) delete combined[cleared]
      const merged = providerInputSchema.parse(combined)
      refuseDuplicateName('provider', merged.name, deps.providers.list(), id)
      const row = deps.providers.update(id, prepare(merged))
      await announce()
      return present(row)
    },
    async remove(id: string): Promise<void> {
      mustGet(id)
      const users = deps.models.countForProvider(id)
      if (users > 0) throw new AppError('conflict', `This provider is used by ${users} model(s). Delete or move those models first.`)
      deps.providers.delete(id)
      await deps.secrets.remove(id).catch(() => undefined)
      await announce()
    },
  }
}

export type ProviderService = ReturnType<typeof createProviderService>

/** For status only: an unusable variable counts as "no key", the call itself reports why. */
function safeKeyFromEnvironment(name: string | undefined, env: Readonly<Record<string, string | undefined>>): string | undefined {
  try {
    return keyFromEnvironment(name, env)
  } catch {
    return undefined
  }
}

function stripRow(row: ProviderRow): ProviderInput {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...settings } = row
  return settings
}
