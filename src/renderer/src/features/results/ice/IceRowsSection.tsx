import { Stack, Text, Title } from '@mantine/core'
import { useId, useState, type RefObject } from 'react'
import type { IceTemplateNode } from '../../../../../shared/contract/index'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { PagesNav } from '../../../components/PagesNav'
import { useIceRows, useIceTree } from '../../../lib/data/useIceResults'
import { formatInteger } from '../../../lib/format'
import { ROWS_PER_PAGE } from './ice-results-format'
import { IceRowDialog } from './IceRowDialog'
import { IceRowsTable } from './IceRowsTable'
import type { ReplicateChoice } from './replicate-labels'
import { RowFilters, type RowFilterValues } from './RowFilters'

export interface IceRowsSectionProps {
  readonly runId: string
  /** The run's status: another replicate's templates are read again while it runs. */
  readonly status: string
  /** Replicate 0's templates (the results'). */
  readonly templates: readonly IceTemplateNode[]
  /** The run's fuzzing replicates; empty for a run of one, which shows no replicate anywhere. */
  readonly replicates: readonly ReplicateChoice[]
  readonly filters: RowFilterValues
  /** Changing filters goes back to the first page. */
  readonly onFilters: (next: RowFilterValues) => void
  readonly page: number
  readonly onPage: (page: number) => void
  /** Focused when the lineage asks for one template's answers. */
  readonly headingRef?: RefObject<HTMLHeadingElement | null>
}

/** Every question asked with every template, a page at a time, each openable with its verdicts. */
export function IceRowsSection({ runId, status, templates, replicates, filters, onFilters, page, onPage, headingRef }: IceRowsSectionProps) {
  const headingId = useId()
  const [open, setOpen] = useState<{ index: number; opened: boolean } | null>(null)
  const several = replicates.length > 1
  const replicate = several && filters.replicate !== '' ? Number(filters.replicate) : undefined
  // The template filter lists the chosen replicate's templates; replicate 0's come with the results.
  const tree = useIceTree(runId, replicate ?? 0, replicate !== undefined && replicate > 0, status)
  const shownTemplates = replicate !== undefined && replicate > 0 ? (tree.data?.templates ?? []) : templates
  const rows = useIceRows({
    runId,
    only: filters.only,
    ...(filters.category === '' ? {} : { category: filters.category }),
    ...(filters.language === '' ? {} : { language: filters.language }),
    ...(filters.mutantId === '' ? {} : { mutantId: Number(filters.mutantId) }),
    ...(replicate === undefined ? {} : { replicate }),
    offset: (page - 1) * ROWS_PER_PAGE,
    limit: ROWS_PER_PAGE,
  })
  const list = rows.data?.rows ?? []
  const total = rows.data?.total ?? 0
  const pages = Math.max(1, Math.ceil(total / ROWS_PER_PAGE))
  const openRow = open ? list[open.index] : undefined

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
        Answers
      </Title>
      <Text size="sm">Each question asked with each template, the target’s answer and what the judges made of it.</Text>
      <RowFilters value={filters} templates={shownTemplates} replicates={replicates} onChange={onFilters} />
      <Text size="sm" c="dimmed" role="status">
        {rows.isPending ? 'Loading the answers…' : `${formatInteger(total)} ${total === 1 ? 'answer' : 'answers'}`}
      </Text>
      {rows.isError ? (
        <ErrorAlert title="Could not load the answers" error={rows.error} onRetry={() => void rows.refetch()} retrying={rows.isFetching} />
      ) : list.length === 0 && !rows.isPending ? (
        <Text size="sm">No answers match these filters.</Text>
      ) : (
        <IceRowsTable
          rows={list}
          showReplicate={several}
          labelledBy={headingId}
          stale={rows.isPlaceholderData}
          onOpen={(index) => setOpen({ index, opened: true })}
        />
      )}
      <PagesNav label="Pages of answers" pages={pages} page={page} onChange={onPage} />
      <IceRowDialog
        opened={open?.opened === true && openRow !== undefined}
        onClose={() => setOpen((current) => current && { ...current, opened: false })}
        row={openRow}
        replicates={replicates}
        position={open ? `Answer ${formatInteger((page - 1) * ROWS_PER_PAGE + open.index + 1)} of ${formatInteger(total)}` : ''}
        {...(open && open.index > 0 ? { onPrevious: () => setOpen({ index: open.index - 1, opened: true }) } : {})}
        {...(open && open.index < list.length - 1 ? { onNext: () => setOpen({ index: open.index + 1, opened: true }) } : {})}
      />
    </Stack>
  )
}
