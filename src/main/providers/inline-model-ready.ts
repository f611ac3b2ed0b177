import { AppError } from '../../shared/contract/errors'
import type { SpecModel } from '../../shared/contract/run-spec'
import { normaliseBaseUrl } from '../../shared/providers/base-url'
import { presetById } from '../../shared/providers/presets'
import { keyFromEnvironment, type Environment } from '../storage/secrets/env-keys'

type InlineModel = Exclude<SpecModel, { modelId: string }>

/** Why an inline model has no key: worded for the missing key, since no request was sent. */
export function missingInlineKeyMessage(alias: string, spec: InlineModel): string {
  const why = spec.apiKeyEnv
    ? `the environment variable ${spec.apiKeyEnv} is not set`
    : `name the environment variable holding it ("apiKeyEnv", e.g. ${presetById(spec.provider).keyEnv})`
  return `No API key for "${alias}" (${spec.model}): ${why}.`
}

/**
 * Before a run: an inline model's address can be called and its key is in the environment when
 * its provider needs one. The same checks the call layer makes, made before anything is paid for
 * (issue 12 item 3), so a run never fails on its third model after the first two were paid.
 */
export function checkInlineModelReady(alias: string, spec: InlineModel, env: Environment): void {
  // The Offline demo's address is decided when it starts, and it needs no key.
  if (spec.provider === 'simulator') return
  const preset = presetById(spec.provider)
  const normalised = normaliseBaseUrl(spec.kind ?? preset.kind, spec.baseURL ?? preset.baseURL)
  if (!normalised.ok)
    throw new AppError('invalid_input', `The model "${alias}" (${spec.model}) cannot be called: ${normalised.message}`, [
      { path: `models.${alias}.baseURL`, message: normalised.message },
    ])
  let key: string | undefined
  try {
    key = keyFromEnvironment(spec.apiKeyEnv, env)
  } catch (error) {
    throw new AppError('invalid_input', `The API key for "${alias}" (${spec.model}) cannot be read: ${(error as Error).message}`)
  }
  if (!key && preset.needsKey) throw new AppError('invalid_input', missingInlineKeyMessage(alias, spec))
}
