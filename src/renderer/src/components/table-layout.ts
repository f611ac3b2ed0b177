import type { CSSProperties } from 'react'

/**
 * For the Actions column of a table that scrolls sideways in a narrow window: the column stays at
 * the table's right edge, over the columns that scroll under it, so a row's buttons never need a
 * sideways hunt (issue 18 item 6). Opaque, and edged on its left, so what passes under it is hidden.
 */
export const STICKY_ACTIONS: CSSProperties = {
  position: 'sticky',
  right: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
  boxShadow: 'inset 1px 0 0 var(--mantine-color-default-border)',
}
