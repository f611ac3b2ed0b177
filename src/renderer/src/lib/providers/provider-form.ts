import type { FormErrors as MantineFormErrors } from '@mantine/form'
import type { Provider, ProviderChanges, ProviderInput } from '../../../../shared/contract/index'
import type { PresetId, ProviderKind, ProviderPreset } from '../../../../shared/providers/presets'
import { fieldResolver, formErrorsFrom, parseNumberValue, type FormErrors, type NumberValue } from '../forms'
import { headersToRows, rowsToHeaders, type HeaderRow, type HeaderRowErrors } from './header-rows'

/*
 * No schema library here: the Models page (the first page) uses this module, and zod stays out of
 * its script (issue 17 item 6). The check against the contract is in provider-validation.ts.
 */

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

/** Fields inside the collapsible "Connection settings" section: it opens when one of them has an error. */
export const CONNECTION_FIELDS: readonly ProviderField[] = ['headers', 'timeoutSeconds', 'proxy', 'apiKeyEnv', 'serverCap']

export const DEFAULT_TIMEOUT_SECONDS = 120

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

/**
 * What the API takes, from the form as typed. Pure: values the contract refuses are passed on as
 * they are (a number field that is not a number becomes NaN) for `validateProvider` (provider-validation.ts) to report.
 */
export function toProviderInput(values: ProviderFormValues): ProviderInput {
  const timeout = parseNumberValue(values.timeoutSeconds)
  const rows = rowsToHeaders(values.headers)
  const serverCap = parseNumberValue(values.serverCap)
  const simulated = values.preset === 'simulator'
  const proxy = simulated ? '' : values.proxy.trim()
  const apiKeyEnv = simulated ? '' : values.apiKeyEnv.trim()
  return {
    name: values.name.trim(),
    preset: values.preset,
    kind: simulated ? 'openai' : values.kind,
    baseURL: simulated ? '' : values.baseURL.trim(),
    headers: rows.ok ? rows.headers : {},
    timeoutMs: timeout.kind === 'number' ? Math.round(timeout.value * 1000) : Number.NaN,
    ...(proxy ? { proxy } : {}),
    ...(apiKeyEnv ? { apiKeyEnv } : {}),
    ...(serverCap.kind === 'empty' ? {} : { maxConcurrent: serverCap.kind === 'number' ? serverCap.value : Number.NaN }),
  }
}

/**
 * An update merges over the saved settings, so a setting emptied in the form must be cleared
 * explicitly (`null`); `original` is the saved provider when editing.
 */
export function toProviderChanges(input: ProviderInput, original?: Provider): ProviderChanges {
  return {
    ...input,
    ...(original?.proxy && !input.proxy ? { proxy: null } : {}),
    ...(original?.apiKeyEnv && !input.apiKeyEnv ? { apiKeyEnv: null } : {}),
    ...(original?.maxConcurrent !== undefined && input.maxConcurrent === undefined ? { maxConcurrent: null } : {}),
  }
}

/** The key of a header row's error in the form's errors. */
export function headerRowErrorKey(id: number, part: keyof HeaderRowErrors): string {
  return `headerRows.${id}.${part}`
}

/** The header rows' errors, by row id, for HeaderRowsField. */
export function headerRowErrors(errors: MantineFormErrors): Record<number, HeaderRowErrors> {
  const rows: Record<number, { name?: string; value?: string }> = {}
  for (const [key, message] of Object.entries(errors)) {
    const match = /^headerRows\.(\d+)\.(name|value)$/.exec(key)
    if (!match || typeof message !== 'string') continue
    const id = Number(match[1])
    rows[id] = { ...rows[id], [match[2] as keyof HeaderRowErrors]: message }
  }
  return rows
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

export function providerErrorsFrom(error: unknown): FormErrors<ProviderField> {
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
