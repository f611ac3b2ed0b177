import type { Model } from '../../../../../shared/contract/index'
import { formatInteger } from '../../../lib/format'
import { MAX_SEED, parseNumberValue, wholeNumber } from '../../../lib/forms'
import { specSource } from '../../../lib/runs/ice-sources'
import {
  DEFAULT_ICE_CONCURRENCY,
  DEFAULT_ICE_SEED,
  DEFAULT_MAX_QUERIES,
  ICE_STEPS,
  type IceContext,
  type IceField,
  type IceFieldErrors,
  type IceFormValues,
  type IceStep,
  MISSING_FACT_MESSAGE,
  resolveIce,
} from './ice-form'

/* The ICE wizard's checks, step by step, before anything is sent (the values live in ice-form.ts). */
const FIELD_STEP: Readonly<Record<IceField, IceStep>> = {
  target: 'target',
  fact: 'target',
  helper: 'models',
  judge: 'models',
  suspectedVendors: 'models',
  hardKeywords: 'models',
  questions: 'inputs',
  seeds: 'inputs',
  preset: 'method',
  judgeSemantics: 'method',
  selection: 'method',
  mutators: 'method',
  maxQueries: 'budget',
  budgetUsd: 'budget',
  seed: 'budget',
  concurrency: 'budget',
  name: 'budget',
}

export function stepOfIceField(field: IceField): IceStep {
  return FIELD_STEP[field]
}

function wordListProblem(words: readonly string[], { what, max }: { what: string; max: number }): string | undefined {
  if (words.length === 0) return `Add at least one ${what}.`
  if (words.length > max) return `Use at most ${max} ${what}s.`
  if (words.some((word) => word.trim() === '' || word.trim().length > 80)) return `Each ${what} needs 1 to 80 characters.`
  return undefined
}

function modelProblem(id: string, models: readonly Pick<Model, 'id'>[], missing: string): string | undefined {
  if (id === '') return missing
  if (!models.some((model) => model.id === id)) return 'This model no longer exists. Choose another.'
  return undefined
}

export function checkIceStep(step: IceStep, values: IceFormValues, context: IceContext): IceFieldErrors {
  const errors: IceFieldErrors = {}
  const models = context.models
  const resolved = resolveIce(values, context)
  const put = (field: IceField, message: string | undefined) => {
    if (message !== undefined) errors[field] = message
  }
  switch (step) {
    case 'target':
      put('target', modelProblem(values.targetId, models, 'Choose the target: the model whose identity you test.'))
      if (resolved.fact.trim() === '') put('fact', MISSING_FACT_MESSAGE)
      else if (resolved.fact.trim().length > 2000) put('fact', 'Keep the fact to 2,000 characters.')
      break
    case 'models':
      put('helper', modelProblem(values.helperId, models, 'Choose the helper: the model that rewrites the templates.'))
      put('judge', modelProblem(values.judgeId, models, 'Choose the judge: the model that compares each answer with the fact.'))
      put('suspectedVendors', wordListProblem(resolved.suspectedVendors, { what: 'vendor', max: 20 }))
      put('hardKeywords', wordListProblem(resolved.hardKeywords, { what: 'keyword', max: 50 }))
      break
    case 'inputs':
      if (specSource(values.questions) === undefined) put('questions', 'Choose the identity questions to ask.')
      if (specSource(values.seeds) === undefined) put('seeds', 'Choose the seed templates to start from.')
      break
    case 'method':
      if (values.mutators.length === 0) put('mutators', 'Keep at least one way of rewriting templates.')
      break
    case 'budget': {
      const queries = wholeNumber(values.maxQueries, { min: 1, max: 1_000_000 })
      if (queries === 'empty') put('maxQueries', `Enter how many questions the target may be asked (${formatInteger(DEFAULT_MAX_QUERIES)}, as in the paper)`)
      else if (typeof queries === 'string') put('maxQueries', queries)
      const budget = parseNumberValue(values.budgetUsd)
      if (budget.kind === 'invalid') put('budgetUsd', 'Enter an amount in US dollars, such as 5 or 12.50, or leave it empty')
      else if (budget.kind === 'number' && (budget.value <= 0 || budget.value > 1_000_000))
        put('budgetUsd', 'Enter an amount above $0 and at most $1,000,000, or leave it empty')
      const seed = wholeNumber(values.seed, { min: 0, max: MAX_SEED })
      if (seed === 'empty') put('seed', `Enter a seed (${DEFAULT_ICE_SEED} is the usual choice)`)
      else if (typeof seed === 'string') put('seed', seed)
      const concurrency = wholeNumber(values.concurrency, { min: 1, max: 256 })
      if (concurrency === 'empty') put('concurrency', `Enter how many requests may run at once (${DEFAULT_ICE_CONCURRENCY} is a safe choice)`)
      else if (typeof concurrency === 'string') put('concurrency', concurrency)
      if (values.name.trim().length > 120) put('name', 'Keep the name to 120 characters.')
      break
    }
    case 'estimate':
      break
  }
  return errors
}

export function firstInvalidIceStep(values: IceFormValues, context: IceContext): { step: IceStep; errors: IceFieldErrors } | undefined {
  for (const step of ICE_STEPS) {
    const errors = checkIceStep(step, values, context)
    if (Object.keys(errors).length > 0) return { step, errors }
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Building the spec
