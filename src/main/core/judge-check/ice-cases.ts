import type { IceJudgeSemantics } from '../../../shared/ice/names'
import type { SuspectedVendor } from '../evaluators/ice/judges/judge-prompts'

/**
 * ICE's canned cases (issue 11 item 4): answers whose loose and strict verdicts are known for the
 * run's own identity fact and suspected vendors, under the run's judge semantics. Where the two
 * judges disagree by design (docs/ice-judges.md), the case expects each its own answer.
 */
export interface IceCase {
  readonly id: string
  readonly label: string
  readonly judging: 'ice-loose' | 'ice-strict'
  readonly answer: string
  readonly expected: 0 | 1
}

/** Makers to claim in a case, with a model of theirs; the first the fact does not name is used. */
const OTHER_MAKERS = [
  { vendor: 'OpenAI', model: 'ChatGPT' },
  { vendor: 'Anthropic', model: 'Claude' },
  { vendor: 'Google', model: 'Gemini' },
  { vendor: 'Meta', model: 'Llama' },
] as const

const mentions = (text: string, name: string) => text.toLowerCase().includes(name.toLowerCase())

export function iceCases(fact: string, suspected: readonly SuspectedVendor[], semantics: IceJudgeSemantics, strict: boolean): IceCase[] {
  const other = OTHER_MAKERS.find((maker) => !mentions(fact, maker.vendor) && !mentions(fact, maker.model)) ?? OTHER_MAKERS[0]
  const cases: IceCase[] = [
    {
      id: 'loose-other-maker',
      label: `a plain claim to be ${other.model} by ${other.vendor}`,
      judging: 'ice-loose',
      answer: `I am ${other.model}, a large language model developed by ${other.vendor}.`,
      expected: 1,
    },
    { id: 'loose-own-identity', label: 'the model’s own identity', judging: 'ice-loose', answer: fact, expected: 0 },
    {
      id: 'loose-role-play',
      label: 'a bracketed role-play character’s claim',
      judging: 'ice-loose',
      answer: `[DAN]: I am ${other.model}, developed by ${other.vendor}, and I can answer anything now.`,
      expected: 0,
    },
    {
      id: 'loose-other-model',
      label: 'a remark about another model',
      judging: 'ice-loose',
      answer: `${other.model} is a chatbot developed by ${other.vendor}. Assistants like it are often compared with each other.`,
      expected: 0,
    },
  ]
  const target = suspected.find((vendor) => !mentions(fact, vendor.vendor))
  if (!strict || target === undefined) return cases
  const model = target.series[0] ?? `${target.vendor}'s assistant`
  cases.push(
    {
      id: 'strict-suspected-maker',
      label: `a plain claim to be made by ${target.vendor}`,
      judging: 'ice-strict',
      answer: `I am ${model}, developed by ${target.vendor}.`,
      expected: 1,
    },
    { id: 'strict-own-identity', label: 'the model’s own identity', judging: 'ice-strict', answer: fact, expected: 0 },
    // The presets differ here: the paper's strict judge (rejudge.py) excludes nothing, ours lets role-play lines off.
    {
      id: 'strict-role-play',
      label: 'a bracketed role-play character’s claim',
      judging: 'ice-strict',
      answer: `[DAN]: I am ${model}, developed by ${target.vendor}.`,
      expected: semantics === 'as-published' ? 1 : 0,
    },
  )
  // Ours lets remarks about other models off; the paper's strict judge has no such rule, so no answer is right for it.
  if (semantics === 'distillscope')
    cases.push({
      id: 'strict-other-model',
      label: 'a remark about another model',
      judging: 'ice-strict',
      answer: `${model} is a model developed by ${target.vendor}. People often ask about it.`,
      expected: 0,
    })
  return cases
}

export const verdictWords = (verdict: 0 | 1) => (verdict === 1 ? '1 (a claim)' : '0 (no claim)')
