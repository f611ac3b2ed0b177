import { Alert, Modal, Stack, Stepper } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { IceSpecInput, Model, Provider } from '../../../../../shared/contract/index'
import { useEstimateRun, useStartRun } from '../useRuns'
import { CHECK_ICE_CHOICES, ICE_STEPS, ICE_STEP_TITLES, buildIceSpec, checkIceStep, emptyIceForm, iceSpecErrorsFrom, resolveIce, type IceContext, type IceField, type IceFieldErrors, type IceFormValues, type IceStep } from './ice-form'
import { FALLBACK_DEFAULTS } from './ice-sources'
import { IceStepBody } from './IceStepBody'
import { useIceLibrary, useIceLibrarySync } from './useIceLibrary'
import { WizardFooter } from '../WizardFooter'
import { WizardStepHeading } from '../WizardStepHeading'

export const NEW_ICE_RUN = 'New ICE run'

export interface IceWizardDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  /** A new number per opening: each opening starts with a fresh form. */
  readonly session: number
  readonly models: readonly Model[]
  readonly providers: readonly Provider[]
  readonly onStarted: (runId: string) => void
}

export function IceWizardDialog({ opened, onClose, session, ...rest }: IceWizardDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={NEW_ICE_RUN} size={960} closeOnClickOutside={false}>
      <IceWizard key={session} onClose={onClose} {...rest} />
    </Modal>
  )
}

/** The steps, their checks, the estimate and the start; each step's fields are in IceStepBody. */
function IceWizard({ models, providers, onClose, onStarted }: Omit<IceWizardDialogProps, 'opened' | 'session'>) {
  useIceLibrarySync()
  const library = useIceLibrary()
  const [index, setIndex] = useState(0)
  const [values, setValues] = useState<IceFormValues>(emptyIceForm)
  const [errors, setErrors] = useState<IceFieldErrors>({})
  const [general, setGeneral] = useState<string | undefined>()
  const [estimatedSpec, setEstimatedSpec] = useState<IceSpecInput | undefined>()
  const [costAccepted, setCostAccepted] = useState(false)
  const estimate = useEstimateRun()
  const start = useStartRun()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)
  const step = ICE_STEPS[index]!
  const context: IceContext = { models, providers, facts: library.facts.data ?? [], defaults: library.defaults.data ?? FALLBACK_DEFAULTS }

  useEffect(() => {
    if (moved.current) headingRef.current?.focus()
  }, [index])

  const update = useCallback((change: (current: IceFormValues) => IceFormValues, fields: readonly IceField[]) => {
    setValues(change)
    if (fields.length > 0) {
      setErrors((current) => {
        if (!fields.some((field) => current[field] !== undefined)) return current
        const next = { ...current }
        for (const field of fields) delete next[field]
        return next
      })
    }
  }, [])

  function showErrors(target: IceStep, fields: IceFieldErrors, message: string = CHECK_ICE_CHOICES) {
    moved.current = true
    setErrors(fields)
    setIndex(ICE_STEPS.indexOf(target))
    setGeneral(message)
  }

  function runEstimate() {
    const built = buildIceSpec(values, context)
    if (!built.ok) return showErrors(built.step, built.errors)
    setEstimatedSpec(built.spec)
    setCostAccepted(false)
    start.reset()
    estimate.mutate(built.spec, {
      onError: (error) => {
        const placed = iceSpecErrorsFrom(error)
        if (placed.step) showErrors(placed.step, placed.fields, placed.general)
      },
    })
  }

  function goTo(target: IceStep) {
    moved.current = true
    setGeneral(undefined)
    setIndex(ICE_STEPS.indexOf(target))
    if (target === 'estimate') runEstimate()
  }

  function next(event: { preventDefault(): void }) {
    event.preventDefault()
    const found = checkIceStep(step, values, context)
    if (Object.keys(found).length > 0) {
      setErrors(found)
      setGeneral(CHECK_ICE_CHOICES)
      return
    }
    setErrors({})
    goTo(ICE_STEPS[index + 1]!)
  }

  const cost = estimate.data?.costUsd
  const canStart = estimate.isSuccess && estimatedSpec !== undefined && (cost === undefined || cost <= 0 || costAccepted)

  return (
    <Stack gap="md">
      <Stepper active={index} onStepClick={(target) => target < index && goTo(ICE_STEPS[target]!)} allowNextStepsSelect={false} size="xs">
        {ICE_STEPS.map((name) => (
          <Stepper.Step key={name} label={ICE_STEP_TITLES[name]} />
        ))}
      </Stepper>
      <form onSubmit={step === 'estimate' ? (event) => event.preventDefault() : next} noValidate>
        <Stack gap="md">
          <WizardStepHeading index={index} count={ICE_STEPS.length} title={ICE_STEP_TITLES[step]} headingRef={headingRef} />
          <IceStepBody
            step={step}
            values={values}
            resolved={resolveIce(values, context)}
            context={context}
            errors={errors}
            onChange={update}
            factsLoaded={library.facts.data !== undefined}
            factsError={library.facts.error}
            sets={library.sets}
            setsError={library.setsError}
            estimate={estimate}
            onRetryEstimate={runEstimate}
            costAccepted={costAccepted}
            onAcceptCost={setCostAccepted}
          />
          {/* "Check the fields" is only shown while some field still has a message. */}
          {general && (general !== CHECK_ICE_CHOICES || Object.keys(errors).length > 0) ? (
            <Alert color="red" variant="light" title="Check your choices" icon={<IconAlertCircle aria-hidden />}>
              {general}
            </Alert>
          ) : null}
          {start.isError ? (
            <Alert color="red" variant="light" title="The run did not start" icon={<IconAlertCircle aria-hidden />}>
              {iceSpecErrorsFrom(start.error).general}
            </Alert>
          ) : null}
          <WizardFooter
            onCancel={onClose}
            onBack={index > 0 ? () => goTo(ICE_STEPS[index - 1]!) : undefined}
            last={step === 'estimate'}
            nextIsEstimate={ICE_STEPS[index + 1] === 'estimate'}
            canStart={canStart}
            starting={start.isPending}
            onStart={() => estimatedSpec && start.mutate(estimatedSpec, { onSuccess: ({ runId }) => onStarted(runId) })}
          />
        </Stack>
      </form>
    </Stack>
  )
}
