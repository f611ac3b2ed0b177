import { judgeStyleOf, type JudgeStyle } from './judge-styles'

/**
 * Persona ids, chosen by the request's `model`:
 *   sim-reference         the reference model: answers derived from the question
 *   sim-student-close     keeps ~85% of the reference's words (sim-student-0.85)
 *   sim-student-far       keeps ~30% of the reference's words (sim-student-0.3)
 *   sim-student-<k>       keeps a fraction k in [0, 1] of the reference's words
 *   sim-target-leaky      ICE target, claims another vendor in 60% of role-play prompts (15% otherwise)
 *   sim-target-loyal      ICE target, 4% in role-play prompts (1% otherwise)
 *   sim-target-<r>        ICE target with rate r in [0, 1] in role-play prompts (r/4 otherwise)
 *   sim-judge             RSE and ICE judges, chosen by the system prompt's first line
 *   sim-judge-<style>     the same judges writing their verdicts another way (judge-styles.ts)
 *   sim-helper            the GPTFuzz mutators
 *   anything else         a generic model: answers like sim-student-0.5, deterministically
 */
export type PersonaSpec =
  | { readonly kind: 'reference'; readonly id: string }
  | { readonly kind: 'student'; readonly id: string; readonly keep: number }
  | { readonly kind: 'target'; readonly id: string; readonly leakRate: number }
  | { readonly kind: 'judge'; readonly id: string; readonly style: JudgeStyle }
  | { readonly kind: 'helper'; readonly id: string }
  | { readonly kind: 'generic'; readonly id: string; readonly keep: number }

export const PERSONAS: readonly { readonly id: string; readonly description: string }[] = [
  { id: 'sim-reference', description: 'reference model (answers derived from the question)' },
  { id: 'sim-student-close', description: 'student keeping ~85% of the reference (also sim-student-<0..1>)' },
  { id: 'sim-student-far', description: 'student keeping ~30% of the reference' },
  { id: 'sim-target-leaky', description: 'ICE target that often claims to be another vendor in role-play (also sim-target-<0..1>)' },
  { id: 'sim-target-loyal', description: 'ICE target that rarely does' },
  { id: 'sim-judge', description: 'RSE and ICE judge (reads the Distillscope judge prompts)' },
  { id: 'sim-judge-evasive', description: 'a judge that never gives a verdict (also sim-judge-paper-tags, -json, -final-answer)' },
  { id: 'sim-judge-harsh', description: 'a judge scoring every RSE pair one point lower than sim-judge (ICE as sim-judge)' },
  { id: 'sim-judge-contrary', description: 'a judge mirroring sim-judge: RSE scores 6 - s, ICE verdicts the opposite' },
  { id: 'sim-judge-first', description: "an RSE judge with position bias: half a point more when the reference slot holds sim-reference's own answer" },
  { id: 'sim-judge-naive', description: 'an ICE judge that counts every maker an answer names, role-play and remarks about other models included' },
  { id: 'sim-helper', description: 'GPTFuzz template mutator' },
]

const NAMED_STUDENTS: Readonly<Record<string, number>> = { close: 0.85, far: 0.3 }
const NAMED_TARGETS: Readonly<Record<string, number>> = { leaky: 0.6, loyal: 0.04 }
export const GENERIC_KEEP = 0.5

export function resolvePersona(model: string): PersonaSpec {
  if (model === 'sim-reference') return { kind: 'reference', id: model }
  const style = judgeStyleOf(model)
  if (style !== undefined) return { kind: 'judge', id: model, style }
  if (model === 'sim-helper') return { kind: 'helper', id: model }
  const student = knob(model, 'sim-student-', NAMED_STUDENTS)
  if (student !== undefined) return { kind: 'student', id: model, keep: student }
  const target = knob(model, 'sim-target-', NAMED_TARGETS)
  if (target !== undefined) return { kind: 'target', id: model, leakRate: target }
  return { kind: 'generic', id: model, keep: GENERIC_KEEP }
}

/** The number after `prefix` (a name from `named`, or a decimal in [0, 1]). */
function knob(model: string, prefix: string, named: Readonly<Record<string, number>>): number | undefined {
  if (!model.startsWith(prefix)) return undefined
  const rest = model.slice(prefix.length)
  if (rest in named) return named[rest]
  if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(rest)) return undefined
  return Number(rest)
}
