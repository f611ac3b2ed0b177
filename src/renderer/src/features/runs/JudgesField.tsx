import { Checkbox, Stack, Text } from '@mantine/core'
import type { Model, Provider } from '../../../../shared/contract/index'
import { MAX_JUDGES } from '../../../../shared/contract/run-spec-fields'
import { panelAdvice } from '../../../../shared/providers/judge-affinity'
import { ModelChoiceLabel } from '../../components/ModelChoiceLabel'
import { roleModels, withJudgeChoice } from './judge-panel'

/**
 * The judge panel of both wizards: one to MAX_JUDGES models ticked, in the order ticked (the first is
 * the lead judge; the judge check tries every judge), with the panel advice (an odd number from at
 * least two vendor families) beside it.
 */
export function JudgesField({
  models,
  providers,
  value,
  error,
  description,
  autoFocus = false,
  onChange,
}: {
  readonly models: readonly Model[]
  readonly providers: readonly Provider[]
  readonly value: readonly string[]
  readonly error: string | undefined
  /** What the judges do, and what a panel's result is, in this kind of run. */
  readonly description: string
  /** The step's first field takes the focus, as the other steps' fields do. */
  readonly autoFocus?: boolean
  readonly onChange: (judgeIds: string[]) => void
}) {
  const advice = panelAdvice(roleModels(models, value))
  const full = value.length >= MAX_JUDGES
  return (
    <Stack gap="xs">
      <Checkbox.Group
        label="Judges"
        description={`${description} Choose 1 to ${MAX_JUDGES}; each judge’s own results are kept beside the panel’s.`}
        value={[...value]}
        onChange={(ticked) => onChange(withJudgeChoice(value, ticked))}
        error={error}
      >
        <Stack gap="xs" mt="xs">
          {models.map((model, index) => (
            <Checkbox
              key={model.id}
              {...(autoFocus && index === 0 ? { 'data-autofocus': true } : {})}
              value={model.id}
              disabled={full && !value.includes(model.id)}
              label={<ModelChoiceLabel model={model} providers={providers} />}
            />
          ))}
        </Stack>
      </Checkbox.Group>
      {advice === undefined ? null : (
        <Text size="sm" c="dimmed" data-testid="panel-advice">
          {advice}
        </Text>
      )}
    </Stack>
  )
}
