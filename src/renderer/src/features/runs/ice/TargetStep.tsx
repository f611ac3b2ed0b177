import { NativeSelect, Stack, Text } from '@mantine/core'
import { hasIceDemoModels, type IceDemoResult } from '../../models/ice-demo'
import { modelOptionLabel } from '../RseWizard'
import { FactField } from './FactField'
import { IceDemoOffer } from './IceDemoOffer'
import { withTarget } from './ice-form'
import type { IceStepProps } from './step-props'

export interface TargetStepProps extends IceStepProps {
  /** Undefined while the facts load (the fact is filled in when they arrive). */
  readonly factsLoaded: boolean
  readonly factsError: unknown
  readonly onDemoAdded: (result: IceDemoResult) => void
}

/** Step 1: the model under test and the identity its answers are held to. */
export function TargetStep({ factsLoaded, factsError, onDemoAdded, ...props }: TargetStepProps) {
  const { values, errors, onChange, context } = props
  const target = context.models.find((model) => model.id === values.targetId)
  return (
    <Stack gap="md">
      <Text size="sm">
        ICE asks the target who made it, inside role-play templates that loosen its usual self-description, and counts how often it
        claims another vendor’s identity. Such claims suggest it learned from that vendor’s model’s answers.
      </Text>
      {hasIceDemoModels(context.models, context.providers) ? null : <IceDemoOffer onAdded={onDemoAdded} />}
      <NativeSelect
        label="Target model"
        value={values.targetId}
        onChange={(event) => {
          const id = event.currentTarget.value
          onChange((current) => withTarget(current, id), ['target', 'fact'])
        }}
        data={[{ value: '', label: 'Choose a model…' }, ...context.models.map((model) => ({ value: model.id, label: modelOptionLabel(model, context.providers) }))]}
        error={errors.target}
        data-autofocus
      />
      {target ? <FactField {...props} target={target} factsLoaded={factsLoaded} factsError={factsError} /> : null}
    </Stack>
  )
}
