import { z } from 'zod'
import { judgesSchema } from './run-spec-fields'
import { aliasSchema, specModelSchema } from './spec-model'

/**
 * JUDGES.json: the judges to use on stored answers (re-judging a run, judging a paper's attack log),
 * with their models defined as in a spec: `{"models": {...}, "judges": ["j1", ...]}`.
 */
export const judgesFileSchema = z
  .object({
    models: z.record(aliasSchema, specModelSchema),
    judges: judgesSchema(aliasSchema),
  })
  .strict()
  .superRefine((file, context) => {
    file.judges.forEach((name, index) => {
      if (!(name in file.models))
        context.addIssue({ code: 'custom', path: ['judges', index], message: `"${name}" is not one of the models defined in "models"` })
    })
    if (new Set(file.judges).size !== file.judges.length)
      context.addIssue({ code: 'custom', path: ['judges'], message: 'Each judge can be on the panel once.' })
  })

export type JudgesFile = z.output<typeof judgesFileSchema>
