import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { MAX_JUDGES } from '../../../../shared/contract/run-spec-fields'
import type { RseResults, RunDetail } from '../../../../shared/contract/index'
import { userMessage } from '../../lib/api'
import { useModels } from '../../lib/data/useModels'
import { useProviders } from '../../lib/data/useProviders'
import { useRejudgeRun } from '../../lib/data/useRejudge'
import { runPath } from '../../lib/runs/paths'
import { judgeCallsText, judgesFileFor } from './rejudge-judges'
import { ModelChoiceLabel } from '../../components/ModelChoiceLabel'

export interface RejudgeButtonProps {
  readonly run: RunDetail
  /** Stored answers the new judges will judge. */
  readonly answers: number
  /** Requests one answer can take of one judge (follow-ups to read a verdict, the strict judge). */
  readonly maxCallsPerAnswer: number
}

/**
 * "Re-judge…" on a finished run's results (issue 13 item 3): pick one to five saved models as the
 * judges, see how many judge calls that is, and start a new run linked to this one that judges the
 * stored answers again; the app then opens the new run.
 */
export function RejudgeButton({ run, answers, maxCallsPerAnswer }: RejudgeButtonProps) {
  const [opened, setOpened] = useState(false)
  if (run.status === 'running' || run.status === 'pending' || answers === 0) return null
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpened(true)}>
        Re-judge…
      </Button>
      {opened ? <RejudgeDialog run={run} answers={answers} maxCallsPerAnswer={maxCallsPerAnswer} onClose={() => setOpened(false)} /> : null}
    </>
  )
}

/** An RSE run's judgements: one per student and item (the answers a re-judge judges again). */
export function judgedAnswers(results: RseResults): number {
  return results.students.reduce((sum, student) => sum + student.sets.reduce((count, set) => count + set.n + set.failed, 0), 0)
}

function RejudgeDialog({ run, answers, maxCallsPerAnswer, onClose }: RejudgeButtonProps & { readonly onClose: () => void }) {
  const models = useModels()
  const providers = useProviders()
  const rejudge = useRejudgeRun()
  const navigate = useNavigate()
  const [chosen, setChosen] = useState<string[]>([])
  const tooMany = chosen.length > MAX_JUDGES
  const start = () => rejudge.mutate({ id: run.id, judges: judgesFileFor(run.spec, chosen) }, { onSuccess: ({ runId }) => void navigate(runPath(runId)) })
  return (
    <Modal opened onClose={onClose} title={`Re-judge “${run.name}”`}>
      <Stack gap="md">
        <Text size="sm">
          A new run, linked to this one, judges its stored answers again with the judges you pick; this run stays as it is. An odd number of judges from at
          least two vendor families makes a steadier panel.
        </Text>
        <Checkbox.Group
          label="Judges"
          description={`One to ${MAX_JUDGES} saved models.`}
          value={chosen}
          onChange={setChosen}
          error={tooMany ? `A panel has at most ${MAX_JUDGES} judges.` : undefined}
        >
          <Stack gap={6} mt="xs">
            {(models.data ?? []).map((model) => (
              <Checkbox key={model.id} value={model.id} label={<ModelChoiceLabel model={model} providers={providers.data ?? []} />} />
            ))}
          </Stack>
        </Checkbox.Group>
        {models.data?.length === 0 ? <Text size="sm">No saved model yet: add one on the Models page first.</Text> : null}
        <Text size="sm" role="status">
          {judgeCallsText(answers, chosen.length, maxCallsPerAnswer)}
        </Text>
        {rejudge.isError ? (
          <Alert color="red" variant="light" title="Could not start the re-judge">
            {userMessage(rejudge.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={start} disabled={chosen.length === 0 || tooMany} loading={rejudge.isPending}>
            Start re-judge
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
