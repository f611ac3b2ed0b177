import { vendorFamily } from './families'

/*
 * Judge affinity (METHOD.md section 3, issue 13 item 4): a judge may favour answers from its own
 * vendor family, so a judge that shares a family with a model it rates is worth a warning. One rule
 * for the wizards, the estimate and the command line, so all three say the same. Families come from
 * model ids (families.ts); an id of no known family never warns.
 */

/** A model in a role: the name shown for it (the spec's alias, or the saved model's name) and its model id. */
export interface RoleModel {
  readonly alias: string
  readonly model: string
}

export type AffinityWith = 'reference' | 'student' | 'target' | 'suspected source'

export interface JudgeAffinityWarning {
  readonly judge: RoleModel
  readonly family: string
  readonly with: AffinityWith
  /** The other model's id, or for a suspected source the vendor's name as given. */
  readonly other: string
}

function sameFamily(judges: readonly RoleModel[], others: readonly RoleModel[], role: 'reference' | 'student' | 'target'): JudgeAffinityWarning[] {
  const warnings: JudgeAffinityWarning[] = []
  for (const judge of judges) {
    const family = vendorFamily(judge.model)
    if (family === undefined) continue
    for (const other of others) if (vendorFamily(other.model) === family) warnings.push({ judge, family, with: role, other: other.model })
  }
  return warnings
}

/** RSE: a judge of the reference's family, or of a student's. */
export function rseJudgeAffinity(models: {
  readonly judges: readonly RoleModel[]
  readonly reference: RoleModel | undefined
  readonly students: readonly RoleModel[]
}): JudgeAffinityWarning[] {
  return [...sameFamily(models.judges, models.reference ? [models.reference] : [], 'reference'), ...sameFamily(models.judges, models.students, 'student')]
}

/** ICE: a judge of the target's family, or whose family is one of the suspected source vendors ("openai" matches OpenAI). */
export function iceJudgeAffinity(models: {
  readonly judges: readonly RoleModel[]
  readonly target: RoleModel | undefined
  readonly suspectedVendors: readonly string[]
}): JudgeAffinityWarning[] {
  const warnings = sameFamily(models.judges, models.target ? [models.target] : [], 'target')
  for (const judge of models.judges) {
    const family = vendorFamily(judge.model)
    if (family === undefined) continue
    const vendor = models.suspectedVendors.find((name) => name.trim().toLowerCase() === family.toLowerCase())
    if (vendor !== undefined) warnings.push({ judge, family, with: 'suspected source', other: vendor.trim() })
  }
  return warnings
}

const judgeName = (judge: RoleModel) =>
  judge.alias === '' || judge.alias === judge.model ? `The judge ${judge.model}` : `The judge “${judge.alias}” (${judge.model})`

/** One sentence per warning, naming the judge, the family and the other model or vendor, and why it matters. */
export function judgeAffinityMessage(warning: JudgeAffinityWarning): string {
  const { family, other } = warning
  const judge = judgeName(warning.judge)
  switch (warning.with) {
    case 'reference':
      return `${judge} and the reference (${other}) are both ${family} models: a judge may favour answers in its own family’s style, which would inflate every score, so consider a judge from another vendor.`
    case 'student':
      return `${judge} and the student ${other} are both ${family} models: a judge may favour its own family’s answers, which would inflate that student’s score.`
    case 'target':
      return `${judge} and the target (${other}) are both ${family} models: a judge may be partial about answers from its own family, so consider a judge from another vendor.`
    case 'suspected source':
      return `${judge} comes from the ${family} family, and ${other} is a suspected source: a judge may be partial when deciding whether an answer claims its own vendor, so consider a judge from another vendor.`
  }
}

export function judgeAffinityMessages(warnings: readonly JudgeAffinityWarning[]): string[] {
  return warnings.map(judgeAffinityMessage)
}

/**
 * What to say about a panel's make-up: an even panel can tie (a tie is a split, shown apart and left
 * out of the headline rate), and judges of one family share that family's leanings. Undefined for a
 * single judge (today's usual panel) and for a panel that follows the recommendation.
 */
export function panelAdvice(judges: readonly Pick<RoleModel, 'model'>[]): string | undefined {
  if (judges.length < 2) return undefined
  const problems: string[] = []
  if (judges.length % 2 === 0)
    problems.push(`${judges.length} judges can tie, and a tied item becomes a split: counted apart and left out of the headline rate`)
  const families = new Set(judges.flatMap((judge) => vendorFamily(judge.model) ?? []))
  if (families.size < 2) {
    const unknown = judges.filter((judge) => vendorFamily(judge.model) === undefined).length
    const [only] = families
    problems.push(
      only === undefined
        ? 'the judges’ vendor families are unknown (their model ids name none), so they may share one'
        : unknown === 0
          ? `all the judges are ${only} models, so they may share that family’s leanings`
          : `the only known vendor family among the judges is ${only}`,
    )
  }
  if (problems.length === 0) return undefined
  const sentence = problems.join('; ')
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. The recommendation is an odd number of judges from at least two vendor families.`
}

/**
 * The affinity warnings of a spec, worded, for the estimate and the command line; `modelOf` gives an
 * alias's model id (undefined when it cannot be told, which skips it). Reads judges via `judges`.
 */
export function specAffinityMessages(
  spec:
    | { readonly kind: 'rse'; readonly reference: string; readonly students: readonly string[] }
    | { readonly kind: 'ice'; readonly target: string; readonly suspectedVendors: readonly string[] },
  judges: readonly string[],
  modelOf: (alias: string) => string | undefined,
): string[] {
  const role = (alias: string): RoleModel[] => {
    const model = modelOf(alias)
    return model === undefined ? [] : [{ alias, model }]
  }
  const panel = judges.flatMap(role)
  if (spec.kind === 'rse')
    return judgeAffinityMessages(rseJudgeAffinity({ judges: panel, reference: role(spec.reference)[0], students: spec.students.flatMap(role) }))
  return judgeAffinityMessages(iceJudgeAffinity({ judges: panel, target: role(spec.target)[0], suspectedVendors: spec.suspectedVendors }))
}
