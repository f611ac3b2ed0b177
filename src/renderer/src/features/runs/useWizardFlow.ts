import { useForm } from '@mantine/form'
import type { UseMutationResult } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import type { JudgePanelCheckResult, RunEstimate, RunSpecInput } from '../../../../shared/contract/index'
import type { ApiError } from '../../lib/api'
import { useEstimateRun, useJudgeCheck, useStartRun } from '../../lib/data/useRuns'

/** Where a failed spec goes: a step and its fields when the problem can be placed, a message always. */
export interface PlacedErrors<Step extends string, Field extends string> {
  readonly step?: Step
  readonly fields: Partial<Record<Field, string>>
  readonly general: string
}

export type BuiltSpec<Step extends string, Field extends string, Spec> =
  { readonly ok: true; readonly spec: Spec } | { readonly ok: false; readonly step: Step; readonly errors: Partial<Record<Field, string>> }

/** What makes one kind of run's wizard: its steps (the last is the estimate), form and checks. */
export interface WizardFlowConfig<Step extends string, Values, Field extends string, Spec extends RunSpecInput> {
  readonly steps: readonly Step[]
  readonly initial: () => Values
  /** The message above the buttons while some field has one of its own. */
  readonly checkMessage: string
  /** The checks of one step's fields (the contract's schema, through lib/schema-errors.ts): the form's validate. */
  readonly check: (step: Step, values: Values) => Partial<Record<Field, string>>
  readonly build: (values: Values) => BuiltSpec<Step, Field, Spec>
  /** A refusal from the backend (estimate or start), placed on a step and its fields where possible. */
  readonly placeErrors: (error: unknown, values: Values) => PlacedErrors<Step, Field>
  readonly onStarted: (runId: string) => void
}

export interface WizardFlow<Step extends string, Values, Field extends string> {
  readonly index: number
  readonly step: Step
  readonly values: Values
  readonly errors: Partial<Record<Field, string>>
  /** The message for the whole step, shown only while it still applies (see WizardShell). */
  readonly general: string | undefined
  readonly checkMessage: string
  readonly headingRef: RefObject<HTMLHeadingElement | null>
  readonly estimate: UseMutationResult<RunEstimate, ApiError, RunSpecInput>
  readonly start: UseMutationResult<{ readonly runId: string }, ApiError, RunSpecInput>
  readonly costAccepted: boolean
  readonly setCostAccepted: (accepted: boolean) => void
  /** The optional judge check of the estimated spec, every judge of its panel; any judge failing blocks Start until confirmed. */
  readonly judgeCheck: UseMutationResult<JudgePanelCheckResult, ApiError, RunSpecInput>
  readonly judgeCheckConfirmed: boolean
  readonly setJudgeCheckConfirmed: (confirmed: boolean) => void
  runJudgeCheck(): void
  /** An estimate for the spec as it is now, and a cost that is zero, unknown or accepted. */
  readonly canStart: boolean
  /** Applies a change; the errors of `fields` are cleared, since the person is fixing them. */
  update(change: (current: Values) => Values, fields: readonly Field[]): void
  goTo(target: Step): void
  /** The form's submit: checks the step, then moves on (to the estimate, which is then asked for). */
  next(event: { preventDefault(): void }): void
  runEstimate(): void
  startRun(): void
  /** The backend's reason a start failed, in words. */
  startError(): string | undefined
}

/** What @mantine/form holds: any object with named fields (interfaces, too, which have no index signature). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- @mantine/form's own constraint on form values
type MantineFormValues = Record<string, any>

/** A @mantine/form errors record as the wizard's field messages (its values may be any ReactNode). */
function fieldMessages<Field extends string>(errors: Readonly<Record<string, unknown>>): Partial<Record<Field, string>> {
  const messages: Partial<Record<Field, string>> = {}
  for (const [field, message] of Object.entries(errors)) if (typeof message === 'string') messages[field as Field] = message
  return messages
}

/**
 * The state both run wizards share: which step is shown, the form (a @mantine/form form whose
 * validate is the current step's check) and its errors, moving between steps (focus goes to the
 * new step's heading), the estimate of the spec as built, accepting its cost, and starting exactly
 * the spec that was estimated.
 */
export function useWizardFlow<Step extends string, Values extends MantineFormValues, Field extends string, Spec extends RunSpecInput>(
  config: WizardFlowConfig<Step, Values, Field, Spec>,
): WizardFlow<Step, Values, Field> {
  const { steps } = config
  const [index, setIndex] = useState(0)
  const step = steps[index]!
  const [initialValues] = useState<Values>(config.initial)
  // Messages stay until the person changes that field (`update`) or moves on, as before @mantine/form.
  const form = useForm<Values>({ mode: 'controlled', initialValues, validate: (current) => config.check(step, current), clearInputErrorOnChange: false })
  const values = form.getValues()
  const errors = fieldMessages<Field>(form.errors)
  const [general, setGeneral] = useState<string | undefined>()
  const [estimatedSpec, setEstimatedSpec] = useState<Spec | undefined>()
  const [costAccepted, setCostAccepted] = useState(false)
  const [judgeCheckConfirmed, setJudgeCheckConfirmed] = useState(false)
  const estimate = useEstimateRun()
  const judgeCheck = useJudgeCheck()
  const start = useStartRun()
  const headingRef = useRef<HTMLHeadingElement>(null)
  // The first step keeps the dialog's own focus; only a move focuses the new heading.
  const moved = useRef(false)

  useEffect(() => {
    if (moved.current) headingRef.current?.focus()
  }, [index])

  const { setValues, clearFieldError, setErrors } = form
  const update = useCallback(
    (change: (current: Values) => Values, fields: readonly Field[]) => {
      setValues((current) => change(current as Values))
      for (const field of fields) clearFieldError(field)
    },
    [setValues, clearFieldError],
  )

  function showErrors(target: Step, fields: Partial<Record<Field, string>>, message: string = config.checkMessage) {
    moved.current = true
    setErrors(fields)
    setIndex(steps.indexOf(target))
    setGeneral(message)
  }

  function runEstimate() {
    // The values now, not this render's: a change made just before is already in the form.
    const values = form.getValues()
    const built = config.build(values)
    if (!built.ok) return showErrors(built.step, built.errors)
    setEstimatedSpec(built.spec)
    setCostAccepted(false)
    // A check of another spec says nothing about this one.
    judgeCheck.reset()
    setJudgeCheckConfirmed(false)
    start.reset()
    estimate.mutate(built.spec, {
      onError: (error) => {
        const placed = config.placeErrors(error, values)
        if (placed.step) showErrors(placed.step, placed.fields, placed.general)
      },
    })
  }

  function goTo(target: Step) {
    moved.current = true
    setGeneral(undefined)
    setIndex(steps.indexOf(target))
    if (target === steps[steps.length - 1]) runEstimate()
  }

  function next(event: { preventDefault(): void }) {
    event.preventDefault()
    if (form.validate().hasErrors) {
      setGeneral(config.checkMessage)
      return
    }
    form.clearErrors()
    goTo(steps[index + 1]!)
  }

  const cost = estimate.data?.costUsd
  return {
    index,
    step,
    values,
    errors,
    general,
    checkMessage: config.checkMessage,
    headingRef,
    estimate,
    start,
    costAccepted,
    setCostAccepted,
    judgeCheck,
    judgeCheckConfirmed,
    setJudgeCheckConfirmed,
    runJudgeCheck: () => {
      if (!estimatedSpec) return
      setJudgeCheckConfirmed(false)
      judgeCheck.mutate(estimatedSpec)
    },
    canStart:
      estimate.isSuccess &&
      estimatedSpec !== undefined &&
      (cost === undefined || cost <= 0 || costAccepted) &&
      !judgeCheck.isPending &&
      (judgeCheck.data === undefined || judgeCheck.data.passed || judgeCheckConfirmed),
    update,
    goTo,
    next,
    runEstimate,
    startRun: () => {
      if (estimatedSpec) start.mutate(estimatedSpec, { onSuccess: ({ runId }) => config.onStarted(runId) })
    },
    startError: () => (start.isError ? config.placeErrors(start.error, form.getValues()).general : undefined),
  }
}
