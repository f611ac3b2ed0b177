import { DEFAULT_SYSTEM_PROMPT } from '../../../../shared/constants/models'
import type { Model, ModelInput } from '../../../../shared/contract/index'
import { modelInputSchema } from '../../../../shared/contract/models'
import { fieldResolver, formErrorsFrom, parseNumberValue, type FormErrors, type NumberValue } from '../../lib/forms'
import { schemaErrors } from '../../lib/schema-errors'

/** The paper's settings (METHOD.md 1.1); changing them makes results less comparable with it. */
export const DEFAULT_TEMPERATURE = 0
export const DEFAULT_MAX_CONCURRENT = 8
export { DEFAULT_SYSTEM_PROMPT }

export interface ModelFormValues {
  readonly providerId: string
  readonly model: string
  readonly name: string
  readonly temperature: NumberValue
  readonly maxTokens: NumberValue
  readonly topP: NumberValue
  readonly systemPrompt: string
  readonly inputPerMTok: NumberValue
  readonly outputPerMTok: NumberValue
  readonly maxConcurrent: NumberValue
  readonly rpm: NumberValue
  /** The ICE identity fact that is this model's own; '' for none. */
  readonly identityFactId: string
}

export type ModelField = keyof ModelFormValues

/** Fields inside the collapsible "Generation settings" section: it opens when one of them has an error. */
export const GENERATION_FIELDS: readonly ModelField[] = ['temperature', 'maxTokens', 'topP', 'systemPrompt']

/**
 * The form plus what it remembers about the person's edits: whether the display name and the prices
 * were typed by hand (then a new model id no longer overwrites them) and what the price lookup said.
 */
export interface ModelDraft {
  readonly values: ModelFormValues
  readonly nameEdited: boolean
  readonly pricesEdited: boolean
  /** From `models.suggestPrices` for the current model id; undefined before any lookup. */
  readonly pricesKnown?: boolean
}

export function emptyModelValues(providerId: string): ModelFormValues {
  return {
    providerId,
    model: '',
    name: '',
    temperature: DEFAULT_TEMPERATURE,
    maxTokens: '',
    topP: '',
    systemPrompt: DEFAULT_SYSTEM_PROMPT,
    inputPerMTok: 0,
    outputPerMTok: 0,
    maxConcurrent: DEFAULT_MAX_CONCURRENT,
    rpm: '',
    identityFactId: '',
  }
}

export function newModelDraft(providerId: string): ModelDraft {
  return { values: emptyModelValues(providerId), nameEdited: false, pricesEdited: false }
}

export function modelToValues(model: Model): ModelFormValues {
  return {
    providerId: model.providerId,
    model: model.model,
    name: model.name,
    temperature: model.generation.temperature,
    maxTokens: model.generation.maxTokens ?? '',
    topP: model.generation.topP ?? '',
    systemPrompt: model.generation.systemPrompt,
    inputPerMTok: model.prices.inputPerMTok,
    outputPerMTok: model.prices.outputPerMTok,
    maxConcurrent: model.limits.maxConcurrent,
    rpm: model.limits.rpm ?? '',
    identityFactId: model.identityFactId ?? '',
  }
}

/** Editing keeps the saved name and prices: a changed model id then only suggests, never overwrites. */
export function draftFromModel(model: Model): ModelDraft {
  return { values: modelToValues(model), nameEdited: true, pricesEdited: true }
}

/** A new model id: the display name follows it until the person types a name of their own. */
export function withModelId(draft: ModelDraft, model: string): ModelDraft {
  return { ...draft, values: { ...draft.values, model, ...(draft.nameEdited ? {} : { name: model.trim() }) }, pricesKnown: undefined }
}

export function withName(draft: ModelDraft, name: string): ModelDraft {
  // Clearing the name hands it back to the model id.
  return { ...draft, values: { ...draft.values, name }, nameEdited: name.trim() !== '' }
}

export function withPrice(draft: ModelDraft, field: 'inputPerMTok' | 'outputPerMTok', value: NumberValue): ModelDraft {
  return { ...draft, values: { ...draft.values, [field]: value }, pricesEdited: true }
}

export interface PriceSuggestion {
  readonly known: boolean
  readonly inputPerMTok: number
  readonly outputPerMTok: number
}

/**
 * A price lookup came back for `forModel`. Ignored if the model id has changed since (a slower,
 * older lookup); fills the prices only if the person has not typed their own.
 */
export function withSuggestedPrices(draft: ModelDraft, forModel: string, suggestion: PriceSuggestion): ModelDraft {
  if (draft.values.model.trim() !== forModel.trim()) return draft
  if (draft.pricesEdited) return { ...draft, pricesKnown: suggestion.known }
  return {
    ...draft,
    pricesKnown: suggestion.known,
    values: { ...draft.values, inputPerMTok: suggestion.inputPerMTok, outputPerMTok: suggestion.outputPerMTok },
  }
}

const NOT_A_NUMBER = 'Enter a number'

/** What a required number field says when it is empty: the contract would fill in its default, the form does not. */
const REQUIRED_MESSAGES: Readonly<Partial<Record<ModelField, string>>> = {
  temperature: `Enter a temperature (the paper used ${DEFAULT_TEMPERATURE})`,
  inputPerMTok: 'Enter a price (0 for a free or local model)',
  outputPerMTok: 'Enter a price (0 for a free or local model)',
  maxConcurrent: `Enter how many requests may run at once (${DEFAULT_MAX_CONCURRENT} is a safe choice)`,
}

/** A number field as a number; NaN (which the contract refuses) when it holds text that is not one. */
function numberOf(value: NumberValue): number | undefined {
  const parsed = parseNumberValue(value)
  if (parsed.kind === 'empty') return undefined
  return parsed.kind === 'number' ? parsed.value : Number.NaN
}

/**
 * What the API takes, from the form as typed. Every setting is sent explicitly (never left to a
 * backend default) so an update replaces the saved generation, prices and limits as a whole: an
 * emptied optional field is removed, not kept. Pure: `validateModel` reports what the contract refuses.
 */
export function toModelInput(values: ModelFormValues): ModelInput {
  const maxTokens = numberOf(values.maxTokens)
  const topP = numberOf(values.topP)
  const rpm = numberOf(values.rpm)
  return {
    providerId: values.providerId,
    model: values.model.trim(),
    name: values.name.trim(),
    generation: {
      temperature: numberOf(values.temperature) ?? Number.NaN,
      ...(maxTokens === undefined ? {} : { maxTokens }),
      ...(topP === undefined ? {} : { topP }),
      systemPrompt: values.systemPrompt,
    },
    prices: { inputPerMTok: numberOf(values.inputPerMTok) ?? Number.NaN, outputPerMTok: numberOf(values.outputPerMTok) ?? Number.NaN },
    limits: { maxConcurrent: numberOf(values.maxConcurrent) ?? Number.NaN, ...(rpm === undefined ? {} : { rpm }) },
    ...(values.identityFactId === '' ? {} : { identityFactId: values.identityFactId }),
  }
}

/**
 * The form's check, for `useForm({ validate })`: the contract's model schema over
 * `toModelInput(values)`, its issues (and messages) placed on the form's fields. The form adds only
 * what the contract cannot know: that a number field is empty or holds text that is not a number.
 */
export function validateModel(values: ModelFormValues): Record<string, string> {
  const errors: Record<string, string> = {}
  const numbers = ['temperature', 'maxTokens', 'topP', 'inputPerMTok', 'outputPerMTok', 'maxConcurrent', 'rpm'] as const
  for (const field of numbers) {
    const parsed = parseNumberValue(values[field])
    const required = REQUIRED_MESSAGES[field]
    if (parsed.kind === 'invalid') errors[field] = NOT_A_NUMBER
    else if (parsed.kind === 'empty' && required !== undefined) errors[field] = required
  }
  return schemaErrors(modelInputSchema, toModelInput(values), modelFieldFor, { errors })
}

/**
 * An update leaves out what it does not change, so a fact the person removed must be cleared
 * explicitly (null); a model that never had one is sent nothing new.
 */
export function modelChanges(saved: Pick<Model, 'identityFactId'>, input: ModelInput): Partial<ModelInput> {
  return saved.identityFactId && input.identityFactId == null ? { ...input, identityFactId: null } : input
}

export const modelFieldFor = fieldResolver<ModelField>({
  providerId: 'providerId',
  model: 'model',
  name: 'name',
  'generation.temperature': 'temperature',
  'generation.maxTokens': 'maxTokens',
  'generation.topP': 'topP',
  'generation.systemPrompt': 'systemPrompt',
  'prices.inputPerMTok': 'inputPerMTok',
  'prices.outputPerMTok': 'outputPerMTok',
  'limits.maxConcurrent': 'maxConcurrent',
  'limits.rpm': 'rpm',
  identityFactId: 'identityFactId',
})

export function modelErrorsFrom(error: unknown): FormErrors<ModelField> {
  return formErrorsFrom(error, modelFieldFor)
}
