import { Badge, Button, CloseButton, Group, Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core'
import { useEffect, useId, useRef, useState } from 'react'
import type { RseItemRow } from '../../../../shared/contract/index'
import { ErrorAlert } from '../../components/ErrorAlert'
import { PagesNav } from '../../components/PagesNav'
import { useRseItems } from '../../lib/data/useResults'
import { excerpt, formatInteger } from '../../lib/format'
import type { RunModelInfo } from '../../lib/runs/spec-models'
import { ItemDialog } from './ItemDialog'
import { formatItemScore, ITEMS_PER_PAGE, itemFailure, itemState, pageCount } from './results-table'
import type { Selection } from './ResultsTable'

export interface ItemsSectionProps {
  readonly runId: string
  readonly selection: Selection
  readonly reference: RunModelInfo
  readonly modelInfo: (alias: string) => RunModelInfo
  readonly onClose: () => void
}

/** The drill-down of one score: its items, a page at a time, each openable side by side. */
export function ItemsSection({ runId, selection, reference, modelInfo, onClose }: ItemsSectionProps) {
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [onlyFailed, setOnlyFailed] = useState(false)
  const [page, setPage] = useState(1)
  const [open, setOpen] = useState<{ index: number; opened: boolean } | null>(null)
  const items = useRseItems({
    runId,
    student: selection.student,
    ...(selection.set === undefined ? {} : { set: selection.set }),
    onlyFailed,
    offset: (page - 1) * ITEMS_PER_PAGE,
    limit: ITEMS_PER_PAGE,
  })
  const student = modelInfo(selection.student)
  const where = selection.set === undefined ? 'every prompt set' : selection.set
  const rows = items.data?.rows ?? []
  const total = items.data?.total ?? 0
  const pages = pageCount(total)

  // Focus moves to the drill-down when a score is chosen, so keyboard and screen-reader users land on it.
  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  const openRow = open && rows[open.index]
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group justify="space-between" align="center" wrap="nowrap">
        <Title order={2} id={headingId} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
          Items: {student.name} on {where}
        </Title>
        <CloseButton aria-label="Close the items" onClick={onClose} />
      </Group>
      <Group justify="space-between" align="center">
        <Switch
          label="Only failed items"
          checked={onlyFailed}
          onChange={(event) => {
            setOnlyFailed(event.currentTarget.checked)
            setPage(1)
          }}
        />
        <Text size="sm" c="dimmed" role="status">
          {items.isPending ? 'Loading the items…' : `${formatInteger(total)} ${total === 1 ? 'item' : 'items'}${onlyFailed ? ' without a score' : ''}`}
        </Text>
      </Group>
      {items.isError ? (
        <ErrorAlert title="Could not load the items" error={items.error} onRetry={() => void items.refetch()} retrying={items.isFetching} />
      ) : rows.length === 0 && !items.isPending ? (
        <Text size="sm">{onlyFailed ? 'No failed items here: every item was scored.' : 'No items yet.'}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" fz="sm" striped aria-labelledby={headingId} style={{ opacity: items.isPlaceholderData ? 0.6 : 1 }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Item</Table.Th>
                {selection.set === undefined ? <Table.Th scope="col">Set</Table.Th> : null}
                <Table.Th scope="col">Prompt</Table.Th>
                <Table.Th scope="col" ta="right">
                  Score
                </Table.Th>
                <Table.Th scope="col">Outcome</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Open</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <ItemRow
                  key={`${row.setName}\u0000${row.itemId}`}
                  row={row}
                  showSet={selection.set === undefined}
                  onOpen={() => setOpen({ index, opened: true })}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <PagesNav label="Pages of items" pages={pages} page={page} onChange={setPage} />
      <ItemDialog
        opened={open?.opened === true && openRow !== undefined && openRow !== null}
        onClose={() => setOpen((current) => current && { ...current, opened: false })}
        row={openRow || undefined}
        reference={reference}
        modelInfo={modelInfo}
        position={open ? `Item ${(page - 1) * ITEMS_PER_PAGE + open.index + 1} of ${formatInteger(total)}` : ''}
        {...(open && open.index > 0 ? { onPrevious: () => setOpen({ index: open.index - 1, opened: true }) } : {})}
        {...(open && open.index < rows.length - 1 ? { onNext: () => setOpen({ index: open.index + 1, opened: true }) } : {})}
      />
    </Stack>
  )
}

function ItemRow({ row, showSet, onOpen }: { readonly row: RseItemRow; readonly showSet: boolean; readonly onOpen: () => void }) {
  const state = itemState(row)
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
        {row.itemId}
      </Table.Th>
      {showSet ? <Table.Td>{row.setName}</Table.Td> : null}
      <Table.Td maw={380}>{excerpt(row.prompt)}</Table.Td>
      <Table.Td ta="right" fw={600}>
        {formatItemScore(row.judgment?.overall)}
      </Table.Td>
      <Table.Td maw={260}>
        <Group gap={4} wrap="wrap">
          {state === 'scored' ? (
            <Badge color="green" variant="light">
              Scored
            </Badge>
          ) : state === 'failed' ? (
            <Badge color="red" variant="light">
              Failed
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              Waiting
            </Badge>
          )}
          {row.judgment?.reasked ? (
            <Badge color="yellow" variant="light">
              Re-asked
            </Badge>
          ) : null}
        </Group>
        {state === 'failed' ? (
          <Text size="xs" c="dimmed" mt={2}>
            {excerpt(itemFailure(row) ?? '', 120)}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Button size="xs" variant="default" onClick={onOpen} aria-label={`View item ${row.itemId}${showSet ? ` of ${row.setName}` : ''}`}>
          View
        </Button>
      </Table.Td>
    </Table.Tr>
  )
}
