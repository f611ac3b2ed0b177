import { Checkbox, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core'
import type { ReactNode } from 'react'
import type { Model, PromptSet, Provider } from '../../../../shared/contract/index'
import { ModelChoiceLabel } from '../../components/ModelChoiceLabel'
import { EstimatePanel } from './EstimatePanel'
import { JudgePromptField } from './JudgePromptField'
import { modelOptions } from './model-option-label'
import { PromptSetPicker } from './PromptSetPicker'
import { RseChecksFields } from './RseChecksFields'
import { RUN_NAME_MAX_CHARS } from '../../../../shared/contract/run-spec-fields'
import { DEFAULT_CONCURRENCY, DEFAULT_SEED, withReference, type RseContext, type RseField, type RseFormValues, type WizardStep } from './rse-form'
import { familyRows } from './judge-panel'
import { JudgesField } from './JudgesField'
import { ModelFamiliesTable } from './ModelFamiliesTable'
import { judgeRoleWarnings, rseAffinityWarnings } from './rse-form-spec'
import { BudgetUsdField, ConcurrencyField, SeedField } from './RunLimitFields'
import type { WizardFlow } from './useWizardFlow'
import { WarningsAlert } from './WarningsAlert'

export interface RseStepBodyProps {
  readonly flow: WizardFlow<WizardStep, RseFormValues, RseField>
  readonly context: RseContext
  readonly models: readonly Model[]
  readonly providers: readonly Provider[]
  readonly promptSets: readonly PromptSet[] | undefined
  readonly promptSetsError: unknown
  readonly onRetryPromptSets: () => void
}

/** The fields of the RSE wizard's current step. */
export function RseStepBody({ flow, context, models, providers, promptSets, promptSetsError, onRetryPromptSets }: RseStepBodyProps) {
  const { step, values, errors, update, estimate, runEstimate, costAccepted, setCostAccepted } = flow
  const options = modelOptions(models, providers)

  let body: ReactNode
  switch (step) {
    case 'reference':
      body = (
        <>
          <Text size="sm">
            The reference is the model the students may have learned from (the paper used GPT-4o). Every student’s answers are compared with the reference’s
            answers to the same prompts.
          </Text>
          <NativeSelect
            label="Reference model"
            value={values.referenceId}
            onChange={(event) => {
              const id = event.currentTarget.value
              update((current) => withReference(current, id), ['reference', 'students'])
            }}
            data={options}
            error={errors.reference}
            data-autofocus
          />
        </>
      )
      break
    case 'students':
      body = (
        <Checkbox.Group
          label="Student models"
          description="The models you suspect learned from the reference. Each one answers the same prompts, and the judge compares each answer with the reference’s."
          value={[...values.studentIds]}
          onChange={(ids) => update((current) => ({ ...current, studentIds: ids.filter((id) => id !== current.referenceId) }), ['students'])}
          error={errors.students}
        >
          <Stack gap="xs" mt="xs">
            {models
              .filter((model) => model.id !== values.referenceId)
              .map((model) => (
                <Checkbox key={model.id} value={model.id} label={<ModelChoiceLabel model={model} providers={providers} />} />
              ))}
          </Stack>
          {models.length < 2 ? (
            <Text size="sm" c="dimmed" mt="xs">
              Add another model on the Models page: a run needs a reference and at least one student.
            </Text>
          ) : null}
        </Checkbox.Group>
      )
      break
    case 'judge':
      body = (
        <>
          <Text size="sm">
            A judge reads a prompt, the reference’s answer and a student’s answer, and rates how alike the two answers are: an overall score from 1 to 5, and
            style, structure and content from 0 to 2. It uses Distillscope’s default judge prompt, which is recorded with the run; you can replace it under
            Options.
          </Text>
          <JudgesField
            models={models}
            providers={providers}
            value={values.judgeIds}
            error={errors.judge}
            description="The models that rate how alike two answers are. With several, an item’s score is the mean of their scores."
            autoFocus
            onChange={(judgeIds) => update((current) => ({ ...current, judgeIds }), ['judge'])}
          />
          <WarningsAlert title="About these judges" warnings={judgeRoleWarnings(values)} />
          <ModelFamiliesTable
            rows={familyRows(models, [
              { role: 'Reference', ids: [values.referenceId] },
              { role: 'Student', ids: values.studentIds },
              { role: 'Judge', ids: values.judgeIds },
            ])}
            warnings={rseAffinityWarnings(values, models)}
          />
        </>
      )
      break
    case 'sets':
      body = (
        <PromptSetPicker
          values={values}
          promptSets={promptSets}
          loadError={promptSetsError}
          onRetry={onRetryPromptSets}
          errors={errors}
          onChange={(change, fields) => update(change, fields)}
        />
      )
      break
    case 'options':
      body = (
        <>
          <TextInput
            label="Run name (optional)"
            description="Shown in the run list. Leave it empty for a name made from the models’ names."
            value={values.name}
            onChange={(event) => {
              const name = event.currentTarget.value
              update((current) => ({ ...current, name }), ['name'])
            }}
            error={errors.name}
            maxLength={RUN_NAME_MAX_CHARS}
            data-autofocus
          />
          <Group gap="md" grow align="flex-start">
            <ConcurrencyField
              defaultValue={DEFAULT_CONCURRENCY}
              value={values.concurrency}
              error={errors.concurrency}
              onChange={(concurrency) => update((current) => ({ ...current, concurrency }), ['concurrency'])}
            />
            <BudgetUsdField
              value={values.budgetUsd}
              error={errors.budgetUsd}
              onChange={(budgetUsd) => update((current) => ({ ...current, budgetUsd }), ['budgetUsd'])}
            />
            <SeedField
              label="Interval seed"
              description={`Seed of the bootstrap 95% intervals (${DEFAULT_SEED} by default): the same seed always gives the same intervals.`}
              value={values.seed}
              error={errors.seed}
              onChange={(seed) => update((current) => ({ ...current, seed }), ['seed'])}
            />
          </Group>
          <JudgePromptField
            rubric={values.rubric}
            onRubricChange={(rubric) => update((current) => ({ ...current, rubric }), [])}
            custom={values.customJudgePrompt}
            value={values.judgePrompt}
            error={errors.judgePrompt}
            onCustomChange={(customJudgePrompt, prefill) =>
              update((current) => ({ ...current, customJudgePrompt, ...(prefill ? { judgePrompt: prefill } : {}) }), ['judgePrompt'])
            }
            onChange={(judgePrompt) => update((current) => ({ ...current, judgePrompt }), ['judgePrompt'])}
          />
          <RseChecksFields values={values} errors={errors} update={update} />
        </>
      )
      break
    case 'estimate':
      body = (
        <EstimatePanel
          values={values}
          context={context}
          providers={providers}
          estimate={estimate}
          extraWarnings={judgeRoleWarnings(values)}
          onRetry={runEstimate}
          costAccepted={costAccepted}
          onAcceptCost={setCostAccepted}
        />
      )
      break
  }

  return body
}
