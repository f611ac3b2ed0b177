import { z } from 'zod'
import { runSpecSchema } from '../contract/run-spec'

/**
 * The JSON Schema of a run spec, generated from the zod schema so the two cannot disagree
 * (`npm run schema` writes docs/run-spec.schema.json; a test checks it is up to date).
 * Cross-field rules (a student must be one of the models, etc.) are checked by the app only.
 */
export function runSpecJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(runSpecSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://distillscope.invalid/run-spec.schema.json',
    title: 'Distillscope run spec',
  }
}
