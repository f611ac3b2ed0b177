import type { z } from 'zod'

/**
 * A spec names its judges either as `"judges": [...]` (a panel of one to five) or, as every spec
 * written before panels did, as `"judge": "j1"`: a panel of one. Both stay valid and neither is
 * rewritten into the other, so a stored spec keeps its hash; everything downstream asks this.
 */
export function judgesOf(spec: { readonly judge?: string; readonly judges?: readonly string[] }): string[] {
  if (spec.judges !== undefined && spec.judges.length > 0) return [...spec.judges]
  return spec.judge !== undefined ? [spec.judge] : []
}

/** The spec's checks of its judges: exactly one of the two fields, each a model of the spec, none twice. */
export function checkJudges(
  spec: { readonly judge?: string; readonly judges?: readonly string[]; readonly models: Readonly<Record<string, unknown>> },
  context: z.RefinementCtx,
): void {
  if (spec.judge !== undefined && spec.judges !== undefined) {
    context.addIssue({ code: 'custom', path: ['judges'], message: 'Give "judge" (one judge) or "judges" (a panel), not both.' })
    return
  }
  if (spec.judge === undefined && spec.judges === undefined) {
    context.addIssue({ code: 'custom', path: ['judges'], message: 'Choose the judge: give "judge" (one model) or "judges" (a panel of one to five).' })
    return
  }
  const check = (name: string, path: (string | number)[]) => {
    if (!(name in spec.models)) context.addIssue({ code: 'custom', path, message: `"${name}" is not one of the models defined in "models"` })
  }
  if (spec.judge !== undefined) check(spec.judge, ['judge'])
  spec.judges?.forEach((name, index) => check(name, ['judges', index]))
  if (spec.judges && new Set(spec.judges).size !== spec.judges.length)
    context.addIssue({ code: 'custom', path: ['judges'], message: 'Each judge can be on the panel once.' })
}

/** The panel's first judge: what a part not yet aware of panels names as "the judge". */
export function leadJudge(spec: { readonly judge?: string; readonly judges?: readonly string[] }): string {
  const [first] = judgesOf(spec)
  if (first === undefined) throw new Error('The spec names no judge.')
  return first
}
