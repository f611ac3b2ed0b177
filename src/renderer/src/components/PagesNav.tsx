import { Pagination } from '@mantine/core'

const CONTROL_LABELS = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' } as const

/**
 * Page buttons under a long table, in a navigation landmark named after what is paged ("Pages of
 * items"), each button with a spoken name. Nothing is shown for a single page.
 */
export function PagesNav({
  label,
  pages,
  page,
  onChange,
}: {
  readonly label: string
  readonly pages: number
  readonly page: number
  readonly onChange: (page: number) => void
}) {
  if (pages <= 1) return null
  return (
    <nav aria-label={label}>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        size="sm"
        getItemProps={(number) => ({ 'aria-label': `Page ${number}` })}
        getControlProps={(control) => ({ 'aria-label': CONTROL_LABELS[control] })}
      />
    </nav>
  )
}
