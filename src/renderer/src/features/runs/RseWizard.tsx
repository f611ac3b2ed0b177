import { Alert, Checkbox, Group, Modal, NativeSelect, NumberInput, Stack, Stepper, Text, TextInput } from '@mantine/core'
import { IconAlertCircle, IconAlertTriangle } from '@tabler/icons-react'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { Model, PromptSet, Provider, RseSpecInput } from '../../../../shared/contract/index'
import { SimulatedBadge } from '../models/SimulatedBadge'
import { EstimatePanel } from './EstimatePanel'
import { JudgePromptField } from './JudgePromptField'
import { PromptSetPicker } from './PromptSetPicker'
import {
  CHECK_CHOICES_MESSAGE,
  DEFAULT_CONCURRENCY,
  DEFAULT_SEED,
  STEP_TITLES,
  WIZARD_STEPS,
  buildRseSpec,
  checkStep,
  emptyRseForm,
  judgeRoleWarnings,
  selfPreferenceWarning,
  specErrorsFrom,
  withReference,
  type RseContext,
  type RseField,
  type RseFieldErrors,
  type RseFormValues,
  type WizardStep,
} from './rse-form'
import { isSimulatedModel } from './spec-models'
import { useEstimateRun, useStartRun } from './useRuns'
import { WizardFooter } from './WizardFooter'
import { WizardStepHeading } from './WizardStepHeading'

export const NEW_RSE_RUN = 'New RSE run'

export interface RseWizardDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  /** A new number per opening: each opening starts with a fresh form. */
  readonly session: number
  readonly models: readonly Model[]
  readonly providers: readonly Provider[]
  readonly promptSets: readonly PromptSet[] | undefined
  readonly promptSetsError: unknown
  readonly onRetryPromptSets: () => void
  readonly onStarted: (runId: string) => void
}

export function RseWizardDialog({ opened, onClose, session, ...rest }: RseWizardDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={NEW_RSE_RUN} size={960} closeOnClickOutside={false}>
      <RseWizard key={session} onClose={onClose} {...rest} />
    </Modal>
  )
}

type WizardProps = Omit<RseWizardDialogProps, 'opened' | 'session'>

/** "Name (model id)", with a word for simulated models whose name does not already say so. */
export function modelOptionLabel(model: Model, providers: readonly Provider[]): string {
  const simulated = isSimulatedModel(model, providers) && !/simulated/i.test(model.name)
  return `${model.name} (${model.model})${simulated ? ' — simulated' : ''}`
}

function RseWizard({ models, providers, promptSets, promptSetsError, onRetryPromptSets, onClose, onStarted }: WizardProps) {
  const [index, setIndex] = useState(0)
  const [values, setValues] = useState<RseFormValues>(emptyRseForm)
  const [errors, setErrors] = useState<RseFieldErrors>({})
  const [general, setGeneral] = useState<string | undefined>()
  const [estimatedSpec, setEstimatedSpec] = useState<RseSpecInput | undefined>()
  const [costAccepted, setCostAccepted] = useState(false)
  const estimate = useEstimateRun()
  const start = useStartRun()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)
  const step = WIZARD_STEPS[index]!
  const context: RseContext = { models, promptSets: promptSets ?? [] }

  useEffect(() => {
    if (moved.current) headingRef.current?.focus()
  }, [index])

  function update(change: (current: RseFormValues) => RseFormValues, fields: readonly RseField[]) {
    setValues(change)
    if (fields.some((field) => errors[field] !== undefined)) {
      setErrors((current) => {
        const next = { ...current }
        for (const field of fields) delete next[field]
        return next
      })
    }
  }

  function goTo(target: WizardStep) {
    moved.current = true
    setGeneral(undefined)
    setIndex(WIZARD_STEPS.indexOf(target))
    if (target === 'estimate') runEstimate()
  }

  function runEstimate() {
    const built = buildRseSpec(values, context)
    if (!built.ok) {
      showErrors(built.step, built.errors)
      return
    }
    setEstimatedSpec(built.spec)
    setCostAccepted(false)
    start.reset()
    estimate.mutate(built.spec, {
      onError: (error) => {
        const placed = specErrorsFrom(error, values, context)
        if (placed.step) showErrors(placed.step, placed.fields, placed.general)
      },
    })
  }

  function showErrors(target: WizardStep, fields: RseFieldErrors, message: string = CHECK_CHOICES_MESSAGE) {
    moved.current = true
    setErrors(fields)
    setIndex(WIZARD_STEPS.indexOf(target))
    setGeneral(message)
  }

  function next(event: { preventDefault(): void }) {
    event.preventDefault()
    const found = checkStep(step, values, context)
    if (Object.keys(found).length > 0) {
      setErrors(found)
      setGeneral(CHECK_CHOICES_MESSAGE)
      return
    }
    setErrors({})
    goTo(WIZARD_STEPS[index + 1]!)
  }

  function startRun() {
    if (!estimatedSpec) return
    start.mutate(estimatedSpec, { onSuccess: ({ runId }) => onStarted(runId) })
  }

  const modelOptions = (exclude: string | undefined) => [
    { value: '', label: 'Choose a model…' },
    ...models.filter((model) => model.id !== exclude).map((model) => ({ value: model.id, label: modelOptionLabel(model, providers) })),
  ]
  const byId = (id: string) => models.find((model) => model.id === id)
  const reference = byId(values.referenceId)
  const judge = byId(values.judgeId)
  const judgeWarnings = [selfPreferenceWarning(reference, judge), ...judgeRoleWarnings(values)].filter((warning): warning is string => warning !== undefined)

  let body: ReactNode
  switch (step) {
    case 'reference':
      body = (
        <>
          <Text size="sm">
            The reference is the model the students may have learned from (the paper used GPT-4o). Every student’s answers are
            compared with the reference’s answers to the same prompts.
          </Text>
          <NativeSelect
            label="Reference model"
            value={values.referenceId}
            onChange={(event) => {
              const id = event.currentTarget.value
              update((current) => withReference(current, id), ['reference', 'students'])
            }}
            data={modelOptions(undefined)}
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
                <Checkbox
                  key={model.id}
                  value={model.id}
                  label={
                    <Group gap="xs" component="span">
                      <span>
                        {model.name} ({model.model})
                      </span>
                      {isSimulatedModel(model, providers) ? <SimulatedBadge /> : null}
                    </Group>
                  }
                />
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
            The judge reads a prompt, the reference’s answer and a student’s answer, and rates how alike the two answers are: an
            overall score from 1 to 5, and style, structure and content from 0 to 2. It uses Distillscope’s default judge prompt,
            which is recorded with the run; you can replace it under Options.
          </Text>
          <NativeSelect
            label="Judge model"
            value={values.judgeId}
            onChange={(event) => {
              const id = event.currentTarget.value
              update((current) => ({ ...current, judgeId: id }), ['judge'])
            }}
            data={modelOptions(undefined)}
            error={errors.judge}
            data-autofocus
          />
          {judgeWarnings.length > 0 ? (
            <Alert color="yellow" variant="light" role="status" title="About this judge" icon={<IconAlertTriangle aria-hidden />}>
              <Stack gap={4}>
                {judgeWarnings.map((warning) => (
                  <Text key={warning} size="sm">
                    {warning}
                  </Text>
                ))}
              </Stack>
            </Alert>
          ) : null}
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
            maxLength={120}
            data-autofocus
          />
          <Group gap="md" grow align="flex-start">
            <NumberInput
              label="Requests at a time, per model"
              description={`${DEFAULT_CONCURRENCY} by default. A model’s own limit wins when it is lower.`}
              value={values.concurrency}
              onChange={(concurrency) => update((current) => ({ ...current, concurrency }), ['concurrency'])}
              error={errors.concurrency}
              min={1}
              max={256}
              allowDecimal={false}
              allowNegative={false}
            />
            <NumberInput
              label="Budget in US$ (optional)"
              description="The run pauses when its spending reaches this amount. Leave empty for no limit."
              value={values.budgetUsd}
              onChange={(budgetUsd) => update((current) => ({ ...current, budgetUsd }), ['budgetUsd'])}
              error={errors.budgetUsd}
              min={0}
              decimalScale={2}
              allowNegative={false}
              prefix="$"
            />
            <NumberInput
              label="Interval seed"
              description={`Seed of the bootstrap 95% intervals (${DEFAULT_SEED} by default): the same seed always gives the same intervals.`}
              value={values.seed}
              onChange={(seed) => update((current) => ({ ...current, seed }), ['seed'])}
              error={errors.seed}
              min={0}
              allowDecimal={false}
              allowNegative={false}
            />
          </Group>
          <JudgePromptField
            custom={values.customJudgePrompt}
            value={values.judgePrompt}
            error={errors.judgePrompt}
            onCustomChange={(customJudgePrompt, prefill) => update((current) => ({ ...current, customJudgePrompt, ...(prefill ? { judgePrompt: prefill } : {}) }), ['judgePrompt'])}
            onChange={(judgePrompt) => update((current) => ({ ...current, judgePrompt }), ['judgePrompt'])}
          />
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

  const costKnown = estimate.data?.costUsd
  const canStart = estimate.isSuccess && estimatedSpec !== undefined && (costKnown === undefined || costKnown <= 0 || costAccepted)

  return (
    <Stack gap="md">
      <Stepper
        active={index}
        onStepClick={(target) => {
          if (target < index) goTo(WIZARD_STEPS[target]!)
        }}
        allowNextStepsSelect={false}
        size="xs"
      >
        {WIZARD_STEPS.map((name) => (
          <Stepper.Step key={name} label={STEP_TITLES[name]} />
        ))}
      </Stepper>
      <form onSubmit={step === 'estimate' ? (event) => event.preventDefault() : next} noValidate>
        <Stack gap="md">
          <WizardStepHeading index={index} count={WIZARD_STEPS.length} title={STEP_TITLES[step]} headingRef={headingRef} />
          {body}
          {general ? (
            <Alert color="red" variant="light" title="Check your choices" icon={<IconAlertCircle aria-hidden />}>
              {general}
            </Alert>
          ) : null}
          {start.isError ? (
            <Alert color="red" variant="light" title="The run did not start" icon={<IconAlertCircle aria-hidden />}>
              {specErrorsFrom(start.error, values, context).general}
            </Alert>
          ) : null}
          <WizardFooter
            onCancel={onClose}
            onBack={index > 0 ? () => goTo(WIZARD_STEPS[index - 1]!) : undefined}
            last={step === 'estimate'}
            nextIsEstimate={WIZARD_STEPS[index + 1] === 'estimate'}
            canStart={canStart}
            starting={start.isPending}
            onStart={startRun}
          />
        </Stack>
      </form>
    </Stack>
  )
}
