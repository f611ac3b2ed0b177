import { Button, Group } from '@mantine/core'
import { IconPlayerPlay } from '@tabler/icons-react'

export interface WizardFooterProps {
  readonly onCancel: () => void
  /** Undefined on the first step. */
  readonly onBack: (() => void) | undefined
  /** The last step shows Start instead of a submit button. */
  readonly last: boolean
  /** The step before the estimate says what Next will do. */
  readonly nextIsEstimate: boolean
  readonly canStart: boolean
  readonly starting: boolean
  readonly onStart: () => void
}

/** The run wizards' buttons: Cancel apart on the left; Back and Next (a submit) or Start on the right. */
export function WizardFooter({ onCancel, onBack, last, nextIsEstimate, canStart, starting, onStart }: WizardFooterProps) {
  return (
    <Group justify="space-between" gap="sm">
      <Button variant="subtle" onClick={onCancel}>
        Cancel
      </Button>
      <Group gap="sm">
        {onBack ? (
          <Button variant="default" onClick={onBack}>
            Back
          </Button>
        ) : null}
        {last ? (
          <Button leftSection={<IconPlayerPlay aria-hidden size={18} />} disabled={!canStart} loading={starting} onClick={onStart}>
            Start run
          </Button>
        ) : (
          <Button type="submit">{nextIsEstimate ? 'Estimate the cost' : 'Next'}</Button>
        )}
      </Group>
    </Group>
  )
}
