import type { ProviderPreset } from '../../../../shared/providers/presets'
import type { ProviderFormValues } from '../../lib/providers/provider-form'

/* The "Add a model" dialog's steps, and where its provider form starts. */

export type Step = 'provider' | 'key' | 'model'

export const STEPS: Readonly<Record<Step, { readonly number: number; readonly title: string }>> = {
  provider: { number: 1, title: 'Choose the provider' },
  key: { number: 2, title: 'Add the API key' },
  model: { number: 3, title: 'Describe the model' },
}

/** Never shown: the form waits for the presets before it shows its fields. */
export const LOADING_PROVIDER: ProviderFormValues = {
  preset: 'custom',
  name: '',
  kind: 'openai',
  baseURL: '',
  headers: [],
  timeoutSeconds: '',
  proxy: '',
  apiKeyEnv: '',
  serverCap: '',
}

export function initialPreset(presets: readonly ProviderPreset[]): ProviderPreset | undefined {
  return presets.find((preset) => preset.id === 'openai') ?? presets.find((preset) => preset.id !== 'simulator') ?? presets[0]
}
