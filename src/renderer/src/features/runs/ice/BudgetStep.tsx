import { Group, NumberInput, Stack, TextInput } from '@mantine/core'
import type { IceSetSummary } from '../../../../../shared/contract/index'
import { parseNumberValue } from '../../../lib/forms'
import { DEFAULT_ICE_CONCURRENCY, DEFAULT_ICE_SEED } from './ice-form'
import { budgetExplanation, questionCount } from './ice-sources'
import type { IceStepProps } from './step-props'

/** Step 5: how long the run goes (target queries), what it may spend, its seed and its name. */
export function BudgetStep({ values, errors, onChange, sets }: IceStepProps & { readonly sets: readonly IceSetSummary[] | undefined }) {
  const queries = parseNumberValue(values.maxQueries)
  return (
    <Stack gap="md">
      <NumberInput
        label="Questions to ask the target"
        description={budgetExplanation(queries.kind === 'number' ? queries.value : undefined, questionCount(values.questions, sets))}
        value={values.maxQueries}
        onChange={(maxQueries) => onChange((current) => ({ ...current, maxQueries }), ['maxQueries'])}
        error={errors.maxQueries}
        min={1}
        max={1_000_000}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=","
        data-autofocus
      />
      <Group gap="md" grow align="flex-start">
        <NumberInput
          label="Budget in US$ (optional)"
          description="The run pauses when its spending reaches this amount. Leave empty for no limit."
          value={values.budgetUsd}
          onChange={(budgetUsd) => onChange((current) => ({ ...current, budgetUsd }), ['budgetUsd'])}
          error={errors.budgetUsd}
          min={0}
          decimalScale={2}
          allowNegative={false}
          prefix="$"
        />
        <NumberInput
          label="Seed"
          description={`Seed of every random choice (${DEFAULT_ICE_SEED} by default): the same seed and the same replies give the same run.`}
          value={values.seed}
          onChange={(seed) => onChange((current) => ({ ...current, seed }), ['seed'])}
          error={errors.seed}
          min={0}
          allowDecimal={false}
          allowNegative={false}
        />
        <NumberInput
          label="Requests at a time, per model"
          description={`${DEFAULT_ICE_CONCURRENCY} by default. A model’s own limit wins when it is lower.`}
          value={values.concurrency}
          onChange={(concurrency) => onChange((current) => ({ ...current, concurrency }), ['concurrency'])}
          error={errors.concurrency}
          min={1}
          max={256}
          allowDecimal={false}
          allowNegative={false}
        />
      </Group>
      <TextInput
        label="Run name (optional)"
        description="Shown in the run list. Leave it empty for a name made from the target’s name."
        value={values.name}
        onChange={(event) => {
          const name = event.currentTarget.value
          onChange((current) => ({ ...current, name }), ['name'])
        }}
        error={errors.name}
        maxLength={120}
      />
    </Stack>
  )
}
