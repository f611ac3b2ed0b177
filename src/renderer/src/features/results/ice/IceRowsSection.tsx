import { Button, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { useId, useState, type RefObject } from 'react'
import type { IceAttackRowView, IceTemplateNode } from '../../../../../shared/contract/index'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { PagesNav } from '../../../components/PagesNav'
import { useIceRows } from '../../../lib/data/useIceResults'
import { categoryLabel, excerpt, formatInteger, languageLabel } from '../../../lib/format'
import { ROWS_PER_PAGE, rowOutcome } from './ice-results-format'
import { IceRowDialog } from './IceRowDialog'
import { OutcomeBadge } from './OutcomeBadge'
import { RowFilters, type RowFilterValues } from './RowFilters'

export interface IceRowsSectionProps {
  readonly runId: string
  readonly templates: readonly IceTemplateNode[]
  readonly filters: RowFilterValues
  /** Changing filters goes back to the first page. */
  readonly onFilters: (next: RowFilterValues) => void
  readonly page: number
  readonly onPage: (page: number) => void
  /** Focused when the lineage asks for one template's answers. */
  readonly headingRef?: RefObject<HTMLHeadingElement | null>
}

/** Every question asked with every template, a page at a time, each openable with its verdicts. */
export function IceRowsSection({ runId, templates, filters, onFilters, page, onPage, headingRef }: IceRowsSectionProps) {
  const headingId = useId()
  const [open, setOpen] = useState<{ index: number; opened: boolean } | null>(null)
  const rows = useIceRows({
    runId,
    only: filters.only,
    ...(filters.category === '' ? {} : { category: filters.category }),
    ...(filters.language === '' ? {} : { language: filters.language }),
    ...(filters.mutantId === '' ? {} : { mutantId: Number(filters.mutantId) }),
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
      <RowFilters value={filters} templates={templates} onChange={onFilters} />
      <Text size="sm" c="dimmed" role="status">
        {rows.isPending ? 'Loading the answers…' : `${formatInteger(total)} ${total === 1 ? 'answer' : 'answers'}`}
      </Text>
      {rows.isError ? (
        <ErrorAlert title="Could not load the answers" error={rows.error} onRetry={() => void rows.refetch()} retrying={rows.isFetching} />
      ) : list.length === 0 && !rows.isPending ? (
        <Text size="sm">No answers match these filters.</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" fz="sm" striped aria-labelledby={headingId} style={{ opacity: rows.isPlaceholderData ? 0.6 : 1 }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Template</Table.Th>
                <Table.Th scope="col">Question</Table.Th>
                <Table.Th scope="col">Answer</Table.Th>
                <Table.Th scope="col">Verdict</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Open</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((row, index) => (
                <RowLine key={`${row.mutantId}:${row.questionIndex}`} row={row} onOpen={() => setOpen({ index, opened: true })} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PagesNav label="Pages of answers" pages={pages} page={page} onChange={onPage} />
      <IceRowDialog
        opened={open?.opened === true && openRow !== undefined}
        onClose={() => setOpen((current) => current && { ...current, opened: false })}
        row={openRow}
        position={open ? `Answer ${formatInteger((page - 1) * ROWS_PER_PAGE + open.index + 1)} of ${formatInteger(total)}` : ''}
        {...(open && open.index > 0 ? { onPrevious: () => setOpen({ index: open.index - 1, opened: true }) } : {})}
        {...(open && open.index < list.length - 1 ? { onNext: () => setOpen({ index: open.index + 1, opened: true }) } : {})}
      />
    </Stack>
  )
}

function RowLine({ row, onOpen }: { readonly row: IceAttackRowView; readonly onOpen: () => void }) {
  const name = `template ${row.mutantId}, question ${row.questionId}`
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
        {row.mutantId}
        <Text size="xs" c="dimmed" fw={400}>
          iteration {row.iteration}
        </Text>
      </Table.Th>
      <Table.Td maw={300}>
        {excerpt(row.question, 120, '')}
        <Text size="xs" c="dimmed">
          {[categoryLabel(row.category), languageLabel(row.language)].filter((part) => part !== '—').join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td maw={320}>
        {row.targetError ? <Text size="sm" c="red">{`No answer: ${row.targetError.message}`}</Text> : excerpt(row.answer ?? '', 140, '')}
      </Table.Td>
      <Table.Td>
        <OutcomeBadge outcome={rowOutcome(row)} />
      </Table.Td>
      <Table.Td>
        <Button size="xs" variant="default" onClick={onOpen} aria-label={`View the answer to ${name}`}>
          View
        </Button>
      </Table.Td>
    </Table.Tr>
  )
}
