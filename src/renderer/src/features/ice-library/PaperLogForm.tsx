import { Alert, Button, Group, List, TagsInput, Text } from '@mantine/core'
import { IconAlertCircle, IconCalculator } from '@tabler/icons-react'
import { useState } from 'react'
import type { PaperLogSummary } from '../../../../shared/contract/ice-library'
import type { RouteInput } from '../../../../shared/contract/index'
import { FormStack } from '../../components/FormStack'
import { FilePicker } from '../../components/FilePicker'
import { ATTACK_LOG_ACCEPT, STRICT_CSV_ACCEPT, checkIceFile, checkPaperFiles, importProblems } from './ice-file'
import { cleanWords } from './fact-form'
import { useIceDefaults, useScorePaperLog } from '../../lib/data/useIceLibrary'

export interface ScoredLog {
  readonly summary: PaperLogSummary
  readonly attackLogName: string
  /** The files as scored, so the judge check re-judges the same log. */
  readonly files: RouteInput<'ice.paperLog.score'>
}

/** Chooses the paper's attack log (and, optionally, its strict CSV and hard's keywords) and scores them. */
export function PaperLogForm({ onScored }: { readonly onScored: (scored: ScoredLog | undefined) => void }) {
  const [attackLog, setAttackLog] = useState<File | undefined>()
  const [strictCsv, setStrictCsv] = useState<File | undefined>()
  const [keywords, setKeywords] = useState<string[]>([])
  const [errors, setErrors] = useState<{ attackLog?: string; strictCsv?: string }>({})
  const [reading, setReading] = useState(false)
  const score = useScorePaperLog()
  const defaults = useIceDefaults()

  function choose(which: 'attackLog' | 'strictCsv', file: File | undefined) {
    ;(which === 'attackLog' ? setAttackLog : setStrictCsv)(file)
    setErrors((current) => ({ ...current, [which]: file ? checkIceFile(file, 'row') : undefined }))
    score.reset()
    onScored(undefined)
  }

  async function submit(event: { preventDefault(): void }) {
    event.preventDefault()
    if (!attackLog) {
      setErrors((current) => ({ ...current, attackLog: 'Choose the attack log first (a .jsonl file).' }))
      return
    }
    const tooLarge = checkPaperFiles(attackLog, strictCsv)
    if (errors.attackLog || errors.strictCsv || tooLarge) {
      if (tooLarge) setErrors((current) => ({ ...current, strictCsv: tooLarge }))
      return
    }
    setReading(true)
    let files: { attack: string; strict: string | undefined }
    try {
      files = { attack: await attackLog.text(), strict: strictCsv ? await strictCsv.text() : undefined }
    } catch {
      setErrors({ attackLog: 'A file could not be read. Check that it is still there, then choose it again.' })
      return
    } finally {
      setReading(false)
    }
    const words = cleanWords(keywords)
    const input = {
      attackLog: { fileName: attackLog.name, content: files.attack },
      ...(strictCsv && files.strict !== undefined ? { strictCsv: { fileName: strictCsv.name, content: files.strict } } : {}),
      ...(words.length > 0 ? { keywords: words } : {}),
    }
    score.mutate(input, { onSuccess: (summary) => onScored({ summary, attackLogName: attackLog.name, files: input }) })
  }

  const problems = score.isError ? importProblems(score.error) : undefined
  const defaultKeywords = defaults.data?.hardKeywords.join(', ') ?? 'gpt, openai, claude, anthropic'
  return (
    <FormStack onSubmit={(event) => void submit(event)}>
      <FilePicker
        label="Attack log"
        description="The paper’s JSON Lines log: one row per attack, with jailbreak_prompt, query, target_responses and eval_results."
        accept={ATTACK_LOG_ACCEPT}
        onChoose={(file) => choose('attackLog', file)}
        error={errors.attackLog}
        autoFocus={false}
      />
      <FilePicker
        label="Strict CSV (optional)"
        description="The same columns plus re_judge (True or 1 for strict positives). Without it, only loose is scored."
        accept={STRICT_CSV_ACCEPT}
        onChoose={(file) => choose('strictCsv', file)}
        error={errors.strictCsv}
        autoFocus={false}
      />
      <TagsInput
        label="Hard keywords (optional)"
        description={`A strict positive counts as hard only if its template contains none of these. Leave empty for the defaults: ${defaultKeywords}. Press Enter after each.`}
        value={keywords}
        onChange={setKeywords}
        splitChars={[',']}
        clearable
      />
      {problems ? (
        <Alert color="red" variant="light" title="The logs could not be scored" icon={<IconAlertCircle aria-hidden />}>
          <Text size="sm">{problems.message}</Text>
          {problems.details.length > 0 ? (
            <List size="sm" mt="xs" spacing={2}>
              {problems.details.map((detail) => (
                <List.Item key={detail}>{detail}</List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button type="submit" leftSection={<IconCalculator aria-hidden size={18} />} loading={reading || score.isPending}>
          Score the logs
        </Button>
      </Group>
    </FormStack>
  )
}
