import { Button, Table, Text, VisuallyHidden } from '@mantine/core'
import type { IceAttackRowView } from '../../../../../shared/contract/index'
import { categoryLabel, excerpt, languageLabel } from '../../../lib/format'
import { rowOutcome } from './ice-results-format'
import { OutcomeBadge } from './OutcomeBadge'
import { replicateName } from './replicate-labels'

/** A row's replicate as stored: absent is replicate 0, the run's own seed. */
const replicateOfRow = (row: IceAttackRowView): number => row.replicate ?? 0

/** Unique within a run: each replicate numbers its templates from 0 again. */
export const rowKeyOf = (row: IceAttackRowView): string => `${replicateOfRow(row)}:${row.mutantId}:${row.questionIndex}`

export interface IceRowsTableProps {
  readonly rows: readonly IceAttackRowView[]
  /** A run of two or more fuzzing replicates: each row says which one asked it. */
  readonly showReplicate: boolean
  readonly labelledBy: string
  /** Dimmed while the next page loads. */
  readonly stale: boolean
  readonly onOpen: (index: number) => void
}

/** One page of attack rows: template, question, answer, verdict, and a button opening the row. */
export function IceRowsTable({ rows, showReplicate, labelledBy, stale, onOpen }: IceRowsTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" fz="sm" striped aria-labelledby={labelledBy} style={{ opacity: stale ? 0.6 : 1 }}>
        <Table.Thead>
          <Table.Tr>
            {showReplicate ? <Table.Th scope="col">Replicate</Table.Th> : null}
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
          {rows.map((row, index) => (
            <RowLine key={rowKeyOf(row)} row={row} showReplicate={showReplicate} onOpen={() => onOpen(index)} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

function RowLine({ row, showReplicate, onOpen }: { readonly row: IceAttackRowView; readonly showReplicate: boolean; readonly onOpen: () => void }) {
  const replicate = replicateOfRow(row)
  const name = `${showReplicate ? `${replicateName(replicate).toLowerCase()}, ` : ''}template ${row.mutantId}, question ${row.questionId}`
  return (
    <Table.Tr {...(showReplicate ? { 'data-replicate': replicate } : {})}>
      {showReplicate ? <Table.Td style={{ whiteSpace: 'nowrap' }}>{replicate + 1}</Table.Td> : null}
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
