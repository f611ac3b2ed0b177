import { Alert, Stack, Stepper, VisuallyHidden } from '@mantine/core'
import { useElementSize } from '@mantine/hooks'
import { IconAlertCircle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { JudgeCheckPanel } from './JudgeCheckPanel'
import { stepTitlesFit } from './stepper-fit'
import type { WizardFlow } from './useWizardFlow'
import { WizardFooter } from './WizardFooter'
import { WizardStepHeading } from './WizardStepHeading'

export interface WizardShellProps<Step extends string, Values, Field extends string> {
  readonly flow: WizardFlow<Step, Values, Field>
  readonly steps: readonly Step[]
  readonly titles: Readonly<Record<Step, string>>
  readonly onCancel: () => void
  /** The current step's fields. */
  readonly children: ReactNode
}

/**
 * What both run wizards look like around their fields: the steps (earlier ones can be clicked),
 * the step's heading, the messages about the whole step, and Cancel, Back, Next or Start.
 */
export function WizardShell<Step extends string, Values, Field extends string>({
  flow,
  steps,
  titles,
  onCancel,
  children,
}: WizardShellProps<Step, Values, Field>) {
  const { index, step, general, errors } = flow
  const last = index === steps.length - 1
  // "Check the fields" is only shown while some field still has a message of its own.
  const showGeneral = general !== undefined && (general !== flow.checkMessage || Object.keys(errors).length > 0)
  const startError = flow.startError()
  const { ref: stepsRef, width } = useElementSize()
  // Too narrow for every title: only the current step's shows, the others stay for screen readers.
  const allTitles = stepTitlesFit(
    width,
    steps.map((name) => titles[name]),
  )
  return (
    <Stack gap="md" ref={stepsRef}>
      {/* A done step keeps its number (filled, not replaced by a tick), so the numbers always read 1, 2, 3... like "Step n of m". */}
      <Stepper
        active={index}
        onStepClick={(target) => target < index && flow.goTo(steps[target]!)}
        allowNextStepsSelect={false}
        size="xs"
        completedIcon={({ step: done }) => done + 1}
      >
        {steps.map((name, at) => (
          <Stepper.Step key={name} label={allTitles || at === index ? titles[name] : <VisuallyHidden>{titles[name]}</VisuallyHidden>} />
        ))}
      </Stepper>
      <form onSubmit={last ? (event) => event.preventDefault() : flow.next} noValidate>
        <Stack gap="md">
          <WizardStepHeading index={index} count={steps.length} title={titles[step]} headingRef={flow.headingRef} />
          {children}
          {last ? <JudgeCheckPanel flow={flow} /> : null}
          {showGeneral ? (
            <Alert color="red" variant="light" title="Check your choices" icon={<IconAlertCircle aria-hidden />}>
              {general}
            </Alert>
          ) : null}
          {startError !== undefined ? (
            <Alert color="red" variant="light" title="The run did not start" icon={<IconAlertCircle aria-hidden />}>
              {startError}
            </Alert>
          ) : null}
          <WizardFooter
            onCancel={onCancel}
            onBack={index > 0 ? () => flow.goTo(steps[index - 1]!) : undefined}
            last={last}
            nextIsEstimate={index === steps.length - 2}
            canStart={flow.canStart}
            starting={flow.start.isPending}
            onStart={flow.startRun}
          />
        </Stack>
      </form>
    </Stack>
  )
}
