import { Badge } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react'
import type { CheckStatus } from '../../../../shared/contract/index'

/** Colour is never the only signal: each status also has its own word and icon. */
const STATUS = {
  ok: { label: 'OK', color: 'green', Icon: IconCircleCheck },
  warning: { label: 'Warning', color: 'yellow', Icon: IconAlertTriangle },
  error: { label: 'Error', color: 'red', Icon: IconCircleX },
} as const

export function CheckStatusBadge({ status }: { readonly status: CheckStatus }) {
  const { label, color, Icon } = STATUS[status]
  return (
    <Badge variant="light" color={color} leftSection={<Icon aria-hidden size={14} />}>
      {label}
    </Badge>
  )
}
