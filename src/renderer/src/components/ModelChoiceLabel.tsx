import { Group } from '@mantine/core'
import type { Model, Provider } from '../../../shared/contract/index'
import { isSimulatedModel } from '../lib/runs/spec-models'
import { SimulatedBadge } from './SimulatedBadge'

/** A saved model offered as a choice (a student, a judge): its name, its model id, and a badge when it is simulated. */
export function ModelChoiceLabel({
  model,
  providers,
}: {
  readonly model: Pick<Model, 'name' | 'model' | 'providerId'>
  readonly providers: readonly Provider[]
}) {
  return (
    <Group gap="xs" component="span">
      <span>
        {model.name} ({model.model})
      </span>
      {isSimulatedModel(model, providers) ? <SimulatedBadge /> : null}
    </Group>
  )
}
