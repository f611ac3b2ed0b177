import { Badge } from '@mantine/core'
import type { RunStatus } from '../../../shared/contract/index'
import { statusColor, statusLabel } from '../lib/runs/run-format'

/** The status in words and in colour; the words alone carry the meaning. */
export function RunStatusBadge({ status }: { readonly status: RunStatus }) {
  return (
    <Badge variant="light" color={statusColor(status)} style={{ flexShrink: 0 }}>
      {statusLabel(status)}
    </Badge>
  )
}
