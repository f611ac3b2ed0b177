import { z } from 'zod'
import { checkJudges } from './judges-of'
import { judgesSchema } from './run-spec-fields'
import { aliasSchema, specModelSchema } from './spec-model'

/**
 * A judges file (issue 13 item 5): the judges to use outside a run spec, defined as a spec defines
 * its models, e.g. `{"models": {"j1": {...}}, "judges": ["j1"]}`. Used by `distillscope ice
 * rejudge-dq` (and later `distillscope rejudge`): one to five judges, each defined under "models",
 * none twice.
 */
export const judgesFileSchema = z
  .object({
    models: z.record(aliasSchema, specModelSchema),
    judges: judgesSchema(aliasSchema),
  })
  .strict()
  .superRefine((file, context) => checkJudges(file, context))

export type JudgesFile = z.infer<typeof judgesFileSchema>

/** Each problem on its own line, led by the field it is in (e.g. `judges.1: "j9" is not one of the models ...`). */
export function judgesFileProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(the file)'}: ${issue.message}`)
}
