import { Group, NumberInput, Stack, Switch, Text } from '@mantine/core'
import { MAX_POSITION_CHECK, MAX_STUDENT_SAMPLES } from '../../../../shared/contract/run-spec'
import type { RseField, RseFieldErrors, RseFormValues } from './rse-form'

export interface RseChecksFieldsProps {
  readonly values: Pick<RseFormValues, 'calibration' | 'studentSamples' | 'positionCheck'>
  readonly errors: RseFieldErrors
  readonly update: (change: (current: RseFormValues) => RseFormValues, fields: readonly RseField[]) => void
}

/**
 * Issue 16's checks of what an RSE score means: the judge's ceiling and floor, several answers per
 * student, and the position-swap check. Each adds calls, which the estimate (the next step) counts.
 */
export function RseChecksFields({ values, errors, update }: RseChecksFieldsProps) {
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        Checks of the scale and the judge (each adds requests; the estimate counts them)
      </Text>
      <Switch
        label="Measure a ceiling and a floor"
        description="Ceiling: the reference answers each prompt twice and the judge compares its two answers. Floor: each student’s answer is judged against the reference’s answer to another prompt. RSE is then also shown from 0 (floor) to 1 (ceiling). Adds a reference answer and a judgement per prompt, and a judgement per student answer."
        checked={values.calibration}
        onChange={(event) => {
          const calibration = event.currentTarget.checked
          update((current) => ({ ...current, calibration }), ['calibration'])
        }}
        error={errors.calibration}
      />
      <Group gap="md" grow align="flex-start">
        <NumberInput
          label="Answers per student and prompt"
          description={`1 by default, up to ${MAX_STUDENT_SAMPLES}. Each answer is judged and an item’s score is their mean. Intervals resample prompts, so more answers hardly narrow them; they show how much a student varies from one answer to the next. Each answer costs its own requests.`}
          value={values.studentSamples}
          onChange={(studentSamples) => update((current) => ({ ...current, studentSamples }), ['studentSamples'])}
          error={errors.studentSamples}
          min={1}
          max={MAX_STUDENT_SAMPLES}
          allowDecimal={false}
          allowNegative={false}
        />
        <NumberInput
          label="Position check (items)"
          description={`0 for none, up to ${MAX_POSITION_CHECK.toLocaleString('en-US')}. This many judged items, drawn with the run’s seed, are judged again with the answers’ roles swapped (the student’s answer as the reference), to show whether a judge’s score depends on which answer it is told is the reference. One more judgement per item and judge.`}
          value={values.positionCheck}
          onChange={(positionCheck) => update((current) => ({ ...current, positionCheck }), ['positionCheck'])}
          error={errors.positionCheck}
          min={0}
          max={MAX_POSITION_CHECK}
          allowDecimal={false}
          allowNegative={false}
        />
      </Group>
    </Stack>
  )
}
