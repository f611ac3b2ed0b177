import type { RseCheckVerdict, RseItemCheck, RseItemRow, RseItemSample } from '../../../shared/contract/results'
import type { RseSpec } from '../../../shared/contract/run-spec'
import type { ItemCheckJudgment, RseItemCheckReads } from '../../storage/repos/rse-checks'

/** Whether a spec asked for any of issue 16's checks: only then is there anything to read per item. */
export function specHasChecks(spec: RseSpec): boolean {
  return spec.calibration === true || (spec.studentSamples ?? 1) >= 2 || spec.positionCheck !== undefined
}

/** The order checks are listed in the drawer: the anchors first, then the swap. */
const CHECK_ORDER = ['ceiling', 'floor', 'swap'] as const

/**
 * A row of the drill-down with the student's further samples and the check judgements filed under its
 * prompt (issue 16), each judge's verdict in the panel's order; fields stay absent when there are none.
 */
export function withItemChecks(row: RseItemRow, reads: RseItemCheckReads, runId: string, reference: string, judges: readonly string[]): RseItemRow {
  const answers = reads.itemExtraAnswers(runId, row.student, row.setName, row.itemId)
  const judgments = reads.itemCheckJudgments(runId, { studentAlias: row.student, referenceAlias: reference, setName: row.setName, itemId: row.itemId })
  const sampleJudgments = judgments.filter((judgment) => judgment.kind === 'sample')
  // A sample judged but whose answer row is missing (never in practice) still shows, without its text.
  const samples = [...new Set([...answers.map((answer) => answer.sample), ...sampleJudgments.map((judgment) => judgment.sample)])].sort((a, b) => a - b)
  const furtherSamples: RseItemSample[] = samples.map((sample) => {
    const answer = answers.find((candidate) => candidate.sample === sample)
    return {
      sample,
      ...(answer?.text !== undefined ? { text: answer.text } : { error: answer?.error ?? 'The answer is not stored.' }),
      judges: verdicts(
        sampleJudgments.filter((judgment) => judgment.sample === sample),
        judges,
      ),
    }
  })
  const checks: RseItemCheck[] = CHECK_ORDER.flatMap((kind) => {
    const ofKind = judgments.filter((judgment) => judgment.kind === kind)
    if (ofKind.length === 0) return []
    const pairedItem = ofKind.find((judgment) => judgment.pairedItem !== undefined)?.pairedItem
    return [{ kind, ...(pairedItem !== undefined ? { pairedItem } : {}), judges: verdicts(ofKind, judges) }]
  })
  return { ...row, ...(furtherSamples.length > 0 ? { furtherSamples } : {}), ...(checks.length > 0 ? { checks } : {}) }
}

/** Each judge's verdict in the panel's order; a judge no longer in the panel (none in practice) after them. */
function verdicts(judgments: readonly ItemCheckJudgment[], judges: readonly string[]): RseCheckVerdict[] {
  const rank = (alias: string) => (judges.includes(alias) ? judges.indexOf(alias) : judges.length)
  return [...judgments]
    .sort((a, b) => rank(a.judgeAlias) - rank(b.judgeAlias) || a.judgeAlias.localeCompare(b.judgeAlias))
    .map((judgment) => ({
      judge: judgment.judgeAlias,
      ...(judgment.overall !== undefined ? { overall: judgment.overall } : {}),
      ...(judgment.failedReason !== undefined ? { failedReason: judgment.failedReason } : {}),
    }))
}
