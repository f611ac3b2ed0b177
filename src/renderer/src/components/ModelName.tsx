import { Group, Text } from '@mantine/core'
import type { RunModelInfo } from '../lib/runs/spec-models'
import { SimulatedBadge } from './SimulatedBadge'

/** A run's model by its saved name and id, marked when simulated or deleted since. */
export function ModelName({ info }: { readonly info: RunModelInfo }) {
  return (
    <Group gap="xs" component="span" wrap="wrap">
      <span>
        {info.name}
        {info.model && info.model !== info.name ? ` (${info.model})` : ''}
        {info.missing ? ' (deleted model)' : ''}
      </span>
      {info.simulated ? <SimulatedBadge /> : null}
    </Group>
  )
}

/** One line of a results header: the model's role in the run ("Judge:") and the model. */
export function ModelRoleLine({ role, info }: { readonly role: string; readonly info: RunModelInfo }) {
  return (
    <Text size="sm" component="div">
      <Group gap={6} component="span">
        <span>{role}:</span>
        <ModelName info={info} />
      </Group>
    </Text>
  )
}
