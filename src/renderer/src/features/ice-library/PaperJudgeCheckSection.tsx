import { Alert, Button, Checkbox, Group, NativeSelect, NumberInput, Progress, Stack, Text, Title } from '@mantine/core'
import { IconAlertCircle, IconScale } from '@tabler/icons-react'
import { useId, useState } from 'react'
import { DEFAULT_PAPER_CHECK_SAMPLE, MAX_PAPER_CHECK_SAMPLE, paperJudgeCheckCalls } from '../../../../shared/contract/paper-judge-check'
import { MAX_JUDGES } from '../../../../shared/contract/run-spec-fields'
import { useIdentityFacts } from '../../lib/data/useIceLibrary'
import { useModels } from '../../lib/data/useModels'
import { usePaperJudgeCheck } from '../../lib/data/usePaperJudgeCheck'
import { formatInteger } from '../../lib/format'
import { PaperJudgeCheckResult } from './PaperJudgeCheckResult'
import type { ScoredLog } from './PaperLogForm'

export const PAPER_JUDGE_CHECK_TITLE = 'Check a judge against the paper’s judge'

/**
 * Issue 13 item 5: re-judge a sample of the log just scored with saved models, under the paper's
 * own ("As published") judge prompts, and see how often they agree with the paper's gpt-4o-mini.
 */
export function PaperJudgeCheckSection({ log }: { readonly log: ScoredLog }) {
  const headingId = useId()
  const models = useModels()
  const facts = useIdentityFacts()
  const { run, progress, cancel } = usePaperJudgeCheck()
  const [judges, setJudges] = useState<string[]>([])
  const [factId, setFactId] = useState('')
  const [sample, setSample] = useState<number | string>(Math.min(DEFAULT_PAPER_CHECK_SAMPLE, log.summary.rows))
  const [asked, setAsked] = useState<readonly string[]>([])
  const size = typeof sample === 'number' ? sample : Number.NaN
  const maxSample = Math.min(MAX_PAPER_CHECK_SAMPLE, log.summary.rows)
  const sampleError = Number.isInteger(size) && size >= 1 && size <= maxSample ? undefined : `Enter a whole number from 1 to ${formatInteger(maxSample)}.`
  const judgeError = judges.length > MAX_JUDGES ? `Choose at most ${MAX_JUDGES} judges.` : undefined
  const fact = facts.data?.find((candidate) => candidate.id === factId)
  // Strict is asked on the sample's loose positives: about the log's share of them.
  const strictRows = log.summary.strict && !sampleError ? Math.round((size * (log.summary.loose.count ?? 0)) / Math.max(1, log.summary.rows)) : 0
  const calls = sampleError ? undefined : paperJudgeCheckCalls(size, judges.length, strictRows)
  const nameOf = (id: string) => models.data?.find((model) => model.id === id)?.name ?? id

  function start(event: { preventDefault(): void }) {
    event.preventDefault()
    if (sampleError || judgeError || judges.length === 0 || !fact) return
    setAsked(judges.map(nameOf))
    run.mutate({
      attackLog: log.files.attackLog,
      ...(log.files.strictCsv ? { strictCsv: log.files.strictCsv } : {}),
      judges,
      fact: fact.paperForm ?? fact.fact,
      sample: size,
    })
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        {PAPER_JUDGE_CHECK_TITLE}
      </Title>
      <Text size="sm">
        The paper’s loose and strict labels come from its own judge (gpt-4o-mini). Choose your judges: Distillscope re-judges a sample of {log.attackLogName}{' '}
        with each of them under the paper’s own prompts (“As published”), and shows how often they agree with the paper, beyond chance (Cohen’s kappa). The
        sample is drawn by the paper’s labels, so a rare label is still checked.
      </Text>
      <form onSubmit={start} aria-labelledby={headingId}>
        <Stack gap="sm">
          <Checkbox.Group label="Judges" description={`One to ${MAX_JUDGES} saved models.`} value={judges} onChange={setJudges} error={judgeError}>
            <Stack gap={4} mt={4}>
              {(models.data ?? []).map((model) => (
                <Checkbox key={model.id} value={model.id} label={model.name} />
              ))}
              {models.data?.length === 0 ? <Text size="sm">No saved models yet: add one on the Models page (or try the Offline demo there).</Text> : null}
            </Stack>
          </Checkbox.Group>
          <NativeSelect
            label="The log’s target"
            description="Its identity fact is what the paper’s loose judge compares each answer with."
            value={factId}
            onChange={(event) => setFactId(event.currentTarget.value)}
            data={[{ value: '', label: 'Choose the vendor' }, ...(facts.data ?? []).map((candidate) => ({ value: candidate.id, label: candidate.vendor }))]}
          />
          <NumberInput
            label="Sample size"
            description={
              calls === undefined
                ? undefined
                : `About ${formatInteger(calls)} calls: ${formatInteger(size)} rows x ${formatInteger(judges.length)} judge${judges.length === 1 ? '' : 's'}${strictRows > 0 ? `, plus strict on about ${formatInteger(strictRows)} loose positives each` : ''}. Repeated calls come from the cache.`
            }
            value={sample}
            onChange={setSample}
            min={1}
            max={maxSample}
            allowDecimal={false}
            error={sampleError}
          />
          {run.isError ? (
            <Alert color="red" variant="light" title="The check did not finish" icon={<IconAlertCircle aria-hidden />}>
              <Text size="sm">{run.error.message}</Text>
            </Alert>
          ) : null}
          {run.isPending ? (
            <Stack gap={4}>
              <Progress value={progress ? (100 * progress.done) / Math.max(1, progress.total) : 0} aria-label="Rows re-judged" />
              <Text size="sm" role="status">
                {progress ? `Re-judged ${formatInteger(progress.done)} of ${formatInteger(progress.total)} rows` : 'Starting…'}
              </Text>
            </Stack>
          ) : null}
          <Group justify="flex-end">
            {run.isPending ? (
              <Button variant="default" onClick={cancel}>
                Cancel
              </Button>
            ) : null}
            <Button type="submit" leftSection={<IconScale aria-hidden size={18} />} loading={run.isPending} disabled={judges.length === 0 || !fact}>
              Check the judges
            </Button>
          </Group>
        </Stack>
      </form>
      {run.data ? <PaperJudgeCheckResult result={run.data} judgeNames={asked} /> : null}
    </Stack>
  )
}
