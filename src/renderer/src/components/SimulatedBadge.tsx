import { Badge } from '@mantine/core'
import { IconFlask } from '@tabler/icons-react'

/** Marks everything that comes from the Offline demo: its answers are generated, not real model output. */
export function SimulatedBadge() {
  return (
    <Badge variant="light" color="grape" leftSection={<IconFlask aria-hidden size={12} />} style={{ flexShrink: 0 }}>
      Simulated
    </Badge>
  )
}
