import { Drawer } from '@mantine/core'
import { Fragment, type ReactNode } from 'react'

export interface DetailsDrawerProps<T extends { readonly id: string; readonly name: string }> {
  readonly opened: boolean
  readonly onClose: () => void
  /** The live item, or the last known copy if it has just been deleted elsewhere. */
  readonly item: T | undefined
  /** A new number per opening: the details start afresh (first page, warnings asked again). */
  readonly session: number
  /** The title while there is no item. */
  readonly fallbackTitle: string
  readonly children: (item: T) => ReactNode
}

/** A drawer on the right showing one item of a list (a prompt set, a question set) in detail. */
export function DetailsDrawer<T extends { readonly id: string; readonly name: string }>({
  opened,
  onClose,
  item,
  session,
  fallbackTitle,
  children,
}: DetailsDrawerProps<T>) {
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="xl" title={item?.name ?? fallbackTitle} closeButtonProps={{ 'aria-label': 'Close' }}>
      {/* The key remounts the details per opening and per item. */}
      {item ? <Fragment key={`${session}-${item.id}`}>{children(item)}</Fragment> : null}
    </Drawer>
  )
}

/** What a page passes to its set drawer: the set shown (undefined while closed) and the opening. */
export interface SetDrawerProps<T> {
  readonly opened: boolean
  readonly onClose: () => void
  /** The live set, or the last known copy if it has just been deleted elsewhere. */
  readonly set: T | undefined
  /** A new number per opening: the details start afresh (first page, content warning asked again). */
  readonly session: number
}
