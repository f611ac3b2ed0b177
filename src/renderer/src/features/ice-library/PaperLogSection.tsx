import { Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { CollapsibleSection } from '../../components/CollapsibleSection'
import { PaperLogForm, type ScoredLog } from './PaperLogForm'
import { PaperLogResult } from './PaperLogResult'
import { PaperJudgeCheckSection } from './PaperJudgeCheckSection'

export const PAPER_LOGS_TITLE = 'Score the paper’s published logs'

/** METHOD.md 2.7: the paper's own logs, scored here without any model call, to check Distillscope's scoring against it. */
export function PaperLogSection() {
  const [scored, setScored] = useState<ScoredLog | undefined>()
  return (
    <CollapsibleSection title={PAPER_LOGS_TITLE}>
      <Stack gap="md">
        <Text size="sm">
          The paper’s authors published the logs of their ICE attacks. Choose one model’s attack log, and its strict CSV if you have it: Distillscope counts the
          loose, strict and hard positives in them, without calling any model, and shows the paper’s published values beside them.
        </Text>
        <PaperLogForm onScored={setScored} />
        {scored ? <PaperLogResult key={scored.attackLogName} summary={scored.summary} attackLogName={scored.attackLogName} /> : null}
        {scored ? <PaperJudgeCheckSection key={`check-${scored.attackLogName}`} log={scored} /> : null}
      </Stack>
    </CollapsibleSection>
  )
}
