import type { Provider, ProviderChanges, ProviderInput } from '../../../../shared/contract/index'
import type { PresetId, ProviderKind, ProviderPreset } from '../../../../shared/providers/presets'
import { CHECK_FIELDS_MESSAGE, fieldResolver, formErrorsFrom, parseNumberValue, type FormErrors, type NumberValue } from '../forms'
import { headersToRows, rowsToHeaders, type HeaderRow, type HeaderRowErrors } from './header-rows'
import { parseServerCap } from './server-cap'

/** The provider form as the person edits it; `buildProviderInput` turns it into what the API takes. */
export interface ProviderFormValues {
  readonly preset: PresetId
  readonly name: string
  readonly kind: ProviderKind
  readonly baseURL: string
  readonly headers: readonly HeaderRow[]
  readonly timeoutSeconds: NumberValue
  readonly proxy: string
  readonly apiKeyEnv: string
  /** Empty: no cap of its own (server-cap.ts). */
  readonly serverCap: NumberValue
}

export type ProviderField = 'preset' | 'name' | 'kind' | 'baseURL' | 'headers' | 'timeoutSeconds' | 'proxy' | 'apiKeyEnv' | 'serverCap'

export interface ProviderFormErrors extends FormErrors<ProviderField> {
  /** By header row id. */
  readonly headerRows?: Readonly<Record<number, HeaderRowErrors>>
}

/** Fields inside the collapsible "Connection settings" section: it opens when one of them has an error. */
export const CONNECTION_FIELDS: readonly ProviderField[] = ['headers', 'timeoutSeconds', 'proxy', 'apiKeyEnv', 'serverCap']

export const DEFAULT_TIMEOUT_SECONDS = 120
export const MAX_TIMEOUT_SECONDS = 30 * 60

export const KIND_LABELS: Readonly<Record<ProviderKind, string>> = {
  openai: 'OpenAI-compatible',
  anthropic: 'Anthropic',
}

export function isSimulatedProvider(provider: { readonly preset: PresetId } | undefined): boolean {
  return provider?.preset === 'simulator'
}

export function defaultProviderName(preset: ProviderPreset): string {
  return preset.id === 'custom' ? 'Custom provider' : preset.label
}

export function providerDefaults(preset: ProviderPreset): ProviderFormValues {
  return {
    preset: preset.id,
    name: defaultProviderName(preset),
    kind: preset.kind,
    baseURL: preset.baseURL,
    headers: [],
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
    proxy: '',
    apiKeyEnv: preset.keyEnv ?? '',
    serverCap: '',
  }
}

/**
 * Switching the service: the name, base URL, protocol and environment variable follow the new
 * preset unless the person already changed them from the old preset's defaults.
 */
export function applyPreset(values: ProviderFormValues, presets: readonly ProviderPreset[], presetId: PresetId): ProviderFormValues {
  const next = presets.find((preset) => preset.id === presetId)
  if (!next) return values
  const previous = presets.find((preset) => preset.id === values.preset)
  const untouched = (current: string, previousDefault: string | undefined) => current.trim() === '' || current === previousDefault
  return {
    ...values,
    preset: next.id,
    kind: next.kind,
    name: untouched(values.name, previous && defaultProviderName(previous)) ? defaultProviderName(next) : values.name,
    baseURL: untouched(values.baseURL, previous?.baseURL) ? next.baseURL : values.baseURL,
    apiKeyEnv: untouched(values.apiKeyEnv, previous?.keyEnv ?? '') ? (next.keyEnv ?? '') : values.apiKeyEnv,
  }
}

export function providerToValues(provider: Provider): ProviderFormValues {
  return {
    preset: provider.preset,
    name: provider.name,
    kind: provider.kind,
    baseURL: provider.baseURL,
    headers: headersToRows(provider.headers),
    timeoutSeconds: provider.timeoutMs / 1000,
    proxy: provider.proxy ?? '',
    apiKeyEnv: provider.apiKeyEnv ?? '',
    serverCap: provider.maxConcurrent ?? '',
  }
}

/** `input` creates a provider; `changes` updates one, with `null` clearing a setting that was saved. */
export type BuildProviderResult =
  { readonly ok: true; readonly input: ProviderInput; readonly changes: ProviderChanges } | { readonly ok: false; readonly errors: ProviderFormErrors }

/**
 * Checks what only the form can know (seconds, header rows) and
 * builds the API input; everything else (name, URL, variable name) is validated by the backend,
 * whose messages are shown next to the same fields.
 * `original` is the saved provider when editing.
 */
export function buildProviderInput(values: ProviderFormValues, original?: Provider): BuildProviderResult {
  const fields: Partial<Record<ProviderField, string>> = {}
  let headerRows: Record<number, HeaderRowErrors> | undefined

  let timeoutMs = DEFAULT_TIMEOUT_SECONDS * 1000
  const timeout = parseNumberValue(values.timeoutSeconds)
  if (timeout.kind === 'empty') fields.timeoutSeconds = `Enter a timeout in seconds (${DEFAULT_TIMEOUT_SECONDS} is the usual choice)`
  else if (timeout.kind === 'invalid') fields.timeoutSeconds = 'Enter a number of seconds'
  else if (timeout.value < 1 || timeout.value > MAX_TIMEOUT_SECONDS)
    fields.timeoutSeconds = `Use a timeout from 1 to ${MAX_TIMEOUT_SECONDS} seconds (30 minutes)`
  else timeoutMs = Math.round(timeout.value * 1000)

  let headers: Record<string, string> = {}
  const rows = rowsToHeaders(values.headers)
  if (rows.ok) headers = rows.headers
  else {
    headerRows = { ...rows.rows }
    fields.headers = rows.message ?? 'Check the custom headers'
  }

  const serverCap = parseServerCap(values.serverCap)
  if (!serverCap.ok) fields.serverCap = serverCap.message

  const simulated = values.preset === 'simulator'
  const proxy = simulated ? '' : values.proxy.trim()
  const apiKeyEnv = simulated ? '' : values.apiKeyEnv.trim()
  if (Object.keys(fields).length > 0) {
    return { ok: false, errors: { fields, general: CHECK_FIELDS_MESSAGE, ...(headerRows ? { headerRows } : {}) } }
  }
  const input: ProviderInput = {
    name: values.name.trim(),
    preset: values.preset,
    kind: simulated ? 'openai' : values.kind,
    baseURL: simulated ? '' : values.baseURL.trim(),
    headers,
    timeoutMs,
    ...(proxy ? { proxy } : {}),
    ...(apiKeyEnv ? { apiKeyEnv } : {}),
    ...(serverCap.ok && serverCap.value !== undefined ? { maxConcurrent: serverCap.value } : {}),
  }
  // An update merges over the saved settings, so an emptied field must be cleared explicitly.
  const changes: ProviderChanges = {
    ...input,
    ...(original?.proxy && !proxy ? { proxy: null } : {}),
    ...(original?.apiKeyEnv && !apiKeyEnv ? { apiKeyEnv: null } : {}),
    ...(original?.maxConcurrent !== undefined && input.maxConcurrent === undefined ? { maxConcurrent: null } : {}),
  }
  return { ok: true, input, changes }
}

export const providerFieldFor = fieldResolver<ProviderField>({
  name: 'name',
  preset: 'preset',
  kind: 'kind',
  baseURL: 'baseURL',
  headers: 'headers',
  timeoutMs: 'timeoutSeconds',
  proxy: 'proxy',
  apiKeyEnv: 'apiKeyEnv',
  maxConcurrent: 'serverCap',
})

export function providerErrorsFrom(error: unknown): ProviderFormErrors {
  return formErrorsFrom(error, providerFieldFor)
}

export interface PresetGroup {
  readonly group: string
  readonly presets: readonly ProviderPreset[]
}

const GROUPS: readonly { readonly group: string; readonly ids: readonly PresetId[] }[] = [
  { group: 'Try Distillscope without a key', ids: ['simulator'] },
  {
    group: 'Cloud services',
    ids: ['openai', 'anthropic', 'gemini', 'deepseek', 'qwen', 'glm', 'doubao', 'moonshot', 'mistral', 'xai', 'openrouter', 'together', 'groq'],
  },
  { group: 'On this computer or your network', ids: ['ollama', 'lmstudio', 'vllm'] },
  { group: 'Anything else', ids: ['custom'] },
]

/** For the service picker; a preset this list does not know yet still appears, under "Other services". */
export function groupPresets(presets: readonly ProviderPreset[]): PresetGroup[] {
  const grouped = GROUPS.map(({ group, ids }) => ({
    group,
    presets: ids.map((id) => presets.find((preset) => preset.id === id)).filter((preset): preset is ProviderPreset => preset !== undefined),
  }))
  const known = new Set<string>(GROUPS.flatMap(({ ids }) => ids))
  const others = presets.filter((preset) => !known.has(preset.id))
  return [...grouped, ...(others.length > 0 ? [{ group: 'Other services', presets: others }] : [])].filter((group) => group.presets.length > 0)
}
