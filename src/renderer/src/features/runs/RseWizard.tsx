import { Modal } from '@mantine/core'
import type { Model, PromptSet, Provider, RseSpecInput } from '../../../../shared/contract/index'
import { CHECK_CHOICES_MESSAGE, STEP_TITLES, WIZARD_STEPS, emptyRseForm, type RseContext, type RseField, type RseFormValues, type WizardStep } from './rse-form'
import { checkStep } from './rse-form-checks'
import { buildRseSpec, specErrorsFrom } from './rse-form-spec'
import { rseDemoDefaults } from '../../lib/models/demo-defaults'
import { RseStepBody } from './RseStepBody'
import { useWizardFlow } from './useWizardFlow'
import { WizardShell } from './WizardShell'

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

/** The RSE form, its checks and its steps' fields; the flow and the frame are the wizards' shared ones. */
function RseWizard({ models, providers, promptSets, promptSetsError, onRetryPromptSets, onClose, onStarted }: WizardProps) {
  const context: RseContext = { models, promptSets: promptSets ?? [] }
  const flow = useWizardFlow<WizardStep, RseFormValues, RseField, RseSpecInput>({
    steps: WIZARD_STEPS,
    // The Offline demo's models in their roles when they are all the person has (issue 18 item 1).
    initial: () => ({ ...emptyRseForm(), ...rseDemoDefaults(models, providers) }),
    checkMessage: CHECK_CHOICES_MESSAGE,
    check: (step, values) => checkStep(step, values, context),
    build: (values) => buildRseSpec(values, context),
    placeErrors: (error, values) => specErrorsFrom(error, values, context),
    onStarted,
  })
  return (
    <WizardShell flow={flow} steps={WIZARD_STEPS} titles={STEP_TITLES} onCancel={onClose}>
      <RseStepBody
        flow={flow}
        context={context}
        models={models}
        providers={providers}
        promptSets={promptSets}
        promptSetsError={promptSetsError}
        onRetryPromptSets={onRetryPromptSets}
      />
    </WizardShell>
  )
}
