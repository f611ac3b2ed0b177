import type { RseCheckVerdict, RseItemCheck } from '../../../../../shared/contract/index'

/** A further sample's heading: sample 1 is the student's second answer, since its first is the one shown beside the reference's. */
export function sampleHeading(sample: number): string {
  return `Answer ${sample + 1}`
}

/** A check's name and, in a sentence a non-programmer follows, which two answers the judge compared. */
export function checkWords(check: RseItemCheck): { readonly name: string; readonly compared: string; readonly why: string } {
  switch (check.kind) {
    case 'ceiling':
      return {
        name: 'Ceiling',
        compared: 'The reference’s second answer to this prompt judged against its first.',
        why: 'Two answers from the same model: about the best score a student could hope for here.',
      }
    case 'floor':
      return {
        name: 'Floor',
        compared: `The student’s answer to another prompt${check.pairedItem !== undefined ? ` (item ${check.pairedItem})` : ''} judged against the reference’s answer to this one.`,
        why: 'An answer to the wrong question: about the lowest score a real answer gets here.',
      }
    case 'swap':
      return {
        name: 'Position check',
        compared: 'The same two answers with their places swapped: the student’s answer in the reference’s place, the reference’s judged as the student’s.',
        why: 'A fair judge scores about the same either way round.',
      }
  }
}

/** One judge's verdict in words: its overall score, or why there is none. */
export function verdictText(verdict: RseCheckVerdict): string {
  if (verdict.overall !== undefined) return `${verdict.overall} of 5`
  return verdict.failedReason ? `No score: ${verdict.failedReason}` : 'No score'
}
