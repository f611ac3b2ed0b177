import { writeFileSync } from 'node:fs'
import { runSpecJsonSchema } from '../src/shared/spec/run-spec-schema'

/** Regenerates docs/run-spec.schema.json from the zod schema. */
export async function main(): Promise<number> {
  writeFileSync('docs/run-spec.schema.json', `${JSON.stringify(runSpecJsonSchema(), null, 2)}\n`)
  console.log('Wrote docs/run-spec.schema.json')
  return 0
}
