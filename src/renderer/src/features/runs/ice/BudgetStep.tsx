import { Group, NumberInput, Stack, TextInput } from '@mantine/core'
import type { IceSetSummary } from '../../../../../shared/contract/index'
import { RUN_NAME_MAX_CHARS } from '../../../../../shared/contract/run-spec-fields'
import { parseNumberValue } from '../../../lib/forms'
import { budgetExplanation, questionCount } from '../../../lib/runs/ice-sources'
import { BudgetUsdField, ConcurrencyField, SeedField } from '../RunLimitFields'
import { DEFAULT_ICE_CONCURRENCY, DEFAULT_ICE_SEED } from './ice-form'
import { MAX_ICE_REPLICATES } from '../../../../../shared/contract/ice-spec'
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
        <BudgetUsdField
          value={values.budgetUsd}
          error={errors.budgetUsd}
          onChange={(budgetUsd) => onChange((current) => ({ ...current, budgetUsd }), ['budgetUsd'])}
        />
        <SeedField
          label="Seed"
          description={`Seed of every random choice (${DEFAULT_ICE_SEED} by default): the same seed and the same replies give the same run.`}
          value={values.seed}
          error={errors.seed}
          onChange={(seed) => onChange((current) => ({ ...current, seed }), ['seed'])}
        />
        <NumberInput
          label="Replicates"
          description="Fuzz the target this many times at once, each with its own seed and the whole question budget: each one more adds the calls and cost of a whole run. Results show each one, their spread, and their mean with an interval that combines both."
          value={values.replicates}
          error={errors.replicates}
          onChange={(replicates) => onChange((current) => ({ ...current, replicates }), ['replicates'])}
          min={1}
          max={MAX_ICE_REPLICATES}
          allowDecimal={false}
          allowNegative={false}
        />
        <ConcurrencyField
          defaultValue={DEFAULT_ICE_CONCURRENCY}
          value={values.concurrency}
          error={errors.concurrency}
          onChange={(concurrency) => onChange((current) => ({ ...current, concurrency }), ['concurrency'])}
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
        maxLength={RUN_NAME_MAX_CHARS}
      />
    </Stack>
  )
}
