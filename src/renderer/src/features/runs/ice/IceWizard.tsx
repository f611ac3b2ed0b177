import { Modal } from '@mantine/core'
import type { IceSpecInput, Model, Provider } from '../../../../../shared/contract/index'
import { useWizardFlow } from '../useWizardFlow'
import { WizardShell } from '../WizardShell'
import { useEffect, useRef } from 'react'
import { defaultSeedsFor } from './paper-seeds'
import { CHECK_ICE_CHOICES, buildIceSpec, iceSpecErrorsFrom } from './ice-form-spec'
import {
  DEFAULT_SEEDS,
  ICE_STEPS,
  ICE_STEP_TITLES,
  emptyIceForm,
  resolveIce,
  type IceContext,
  type IceField,
  type IceFormValues,
  type IceStep,
} from './ice-form'
import { checkIceStep } from './ice-form-checks'
import { FALLBACK_DEFAULTS } from '../../../lib/runs/ice-sources'
import { iceDemoDefaults } from '../../../lib/models/demo-defaults'
import { ProvisionalDemoProvider, useProvisionalDemo } from '../../../lib/models/useProvisionalDemo'
import { IceStepBody } from './IceStepBody'
import { useIceLibrary, useIceLibrarySync } from './useIceLibrary'

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

export function IceWizardDialog({ opened, onClose, session, onStarted, ...rest }: IceWizardDialogProps) {
  // Demo models added from the wizard are taken back if it closes without a run (issue 18 item 5).
  const provisional = useProvisionalDemo()
  const close = () => {
    provisional.discard()
    onClose()
  }
  const started = (runId: string) => {
    provisional.keep()
    onStarted(runId)
  }
  return (
    <Modal opened={opened} onClose={close} title={NEW_ICE_RUN} size={960} closeOnClickOutside={false}>
      <ProvisionalDemoProvider value={provisional}>
        <IceWizard key={session} onClose={close} onStarted={started} {...rest} />
      </ProvisionalDemoProvider>
    </Modal>
  )
}

/** The ICE form, its checks and its steps' fields; the flow and the frame are the wizards' shared ones. */
function IceWizard({ models, providers, onClose, onStarted }: Omit<IceWizardDialogProps, 'opened' | 'session'>) {
  useIceLibrarySync()
  const library = useIceLibrary()
  const context: IceContext = { models, providers, facts: library.facts.data ?? [], defaults: library.defaults.data ?? FALLBACK_DEFAULTS }
  const flow = useWizardFlow<IceStep, IceFormValues, IceField, IceSpecInput>({
    steps: ICE_STEPS,
    // The Offline demo's models in their roles when they are all the person has (issue 18 item 1).
    initial: () => ({ ...emptyIceForm(), ...iceDemoDefaults(models, providers) }),
    checkMessage: CHECK_ICE_CHOICES,
    check: (step, values) => checkIceStep(step, values, context),
    build: (values) => buildIceSpec(values, context),
    placeErrors: (error) => iceSpecErrorsFrom(error),
    onStarted,
  })
  // Issue 15 item 3: GPTFuzz's templates are the seeds under "As published" once the library has
  // them, unless the person already chose; offered once, when the library first loads.
  const seedsOffered = useRef(false)
  useEffect(() => {
    if (seedsOffered.current || library.sets === undefined) return
    seedsOffered.current = true
    const seeds = defaultSeedsFor(flow.values, library.sets, DEFAULT_SEEDS)
    if (seeds !== undefined) flow.update((current) => ({ ...current, seeds }), ['seeds'])
  }, [library.sets, flow])
  return (
    <WizardShell flow={flow} steps={ICE_STEPS} titles={ICE_STEP_TITLES} onCancel={onClose}>
      <IceStepBody
        step={flow.step}
        values={flow.values}
        resolved={resolveIce(flow.values, context)}
        context={context}
        errors={flow.errors}
        onChange={flow.update}
        factsLoaded={library.facts.data !== undefined}
        factsError={library.facts.error}
        sets={library.sets}
        setsError={library.setsError}
        estimate={flow.estimate}
        onRetryEstimate={flow.runEstimate}
        costAccepted={flow.costAccepted}
        onAcceptCost={flow.setCostAccepted}
      />
    </WizardShell>
  )
}
