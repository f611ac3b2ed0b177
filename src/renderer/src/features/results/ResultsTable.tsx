import { Code, Group, Stack, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core'
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react'
import type { CSSProperties, ReactNode } from 'react'
import type { RseResults, RseSetResult } from '../../../../shared/contract/index'
import { SimulatedBadge } from '../../components/SimulatedBadge'
import { formatInterval } from '../../lib/format'
import type { RunModelInfo } from '../../lib/runs/spec-models'
import { ariaSort, formatCounts, formatScore, sortStudents, type SortColumn, type SortState } from './results-table'

export interface Selection {
  readonly student: string
  /** Undefined: every set (the Avg cell). */
  readonly set?: string
}

export interface ResultsTableProps {
  readonly results: RseResults
  readonly modelInfo: (alias: string) => RunModelInfo
  readonly sort: SortState
  readonly onSort: (column: SortColumn) => void
  readonly selected: Selection | undefined
  readonly onSelect: (selection: Selection) => void
}

const AVG_CELL: CSSProperties = { borderInlineStart: '2px solid var(--mantine-color-default-border)' }
const SELECTED: CSSProperties = { background: 'var(--mantine-color-indigo-light)' }

/**
 * The paper's Table 3 layout: students as rows, prompt sets as columns, Avg last. Column headers
 * are sort buttons named by their column, with aria-sort on the sorted one (the ARIA sortable
 * table pattern).
 */
export function ResultsTable({ results, modelInfo, sort, onSort, selected, onSelect }: ResultsTableProps) {
  const nameOf = (alias: string) => modelInfo(alias).name
  const students = sortStudents(results.students, sort, nameOf)
  const reference = modelInfo(results.reference.alias)
  const isSelected = (student: string, set: string | undefined) => selected?.student === student && selected.set === set
  // Issue 16: a run with a ceiling and a floor also puts each Avg between them (0 floor, 1 ceiling).
  const normalised = results.calibration !== undefined
  return (
    <Table.ScrollContainer minWidth={260 + 170 * (results.sets.length + (results.calibration ? 2 : 1))}>
      <Table verticalSpacing="sm" fz="sm" withColumnBorders={false} highlightOnHover>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          Similarity to the reference’s answers, from 1 (very different) to 5 (almost identical): the mean of the judge’s scores with its bootstrap 95%
          interval, and how many items were scored (n) or failed. Avg is the unweighted mean of the set means.
          {results.calibration ? ' Normalised Avg puts it between the judge’s floor (0) and ceiling (1).' : ''} Select a score to see its items.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortHeader column={{ kind: 'student' }} sort={sort} onSort={onSort}>
              Model
            </SortHeader>
            {results.sets.map((set) => (
              <SortHeader key={set} column={{ kind: 'set', name: set }} sort={sort} onSort={onSort}>
                {set}
              </SortHeader>
            ))}
            <SortHeader column={{ kind: 'avg' }} sort={sort} onSort={onSort} style={AVG_CELL}>
              Avg
            </SortHeader>
            {normalised ? (
              <SortHeader column={{ kind: 'normalised' }} sort={sort} onSort={onSort}>
                Normalised Avg
              </SortHeader>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row" fw={500}>
              <ModelCell info={reference} role="reference" />
            </Table.Th>
            {results.sets.map((set) => (
              <Table.Td key={set}>
                <ReferenceScore />
              </Table.Td>
            ))}
            <Table.Td style={AVG_CELL}>
              <ReferenceScore />
            </Table.Td>
            {normalised ? <Table.Td /> : null}
          </Table.Tr>
          {students.map((student) => {
            const info = modelInfo(student.alias)
            return (
              <Table.Tr key={student.alias} data-student={student.alias}>
                <Table.Th scope="row" fw={500}>
                  <ModelCell info={info} role="student" />
                </Table.Th>
                {results.sets.map((setName) => {
                  const set = student.sets.find((candidate) => candidate.name === setName) ?? { name: setName, n: 0, failed: 0, aspects: {} }
                  const chosen = isSelected(student.alias, setName)
                  return (
                    <Table.Td key={setName} style={chosen ? SELECTED : undefined}>
                      <ScoreButton
                        context={`Items of ${info.name} on ${setName}:`}
                        mean={set.mean}
                        interval={formatInterval(set.ci)}
                        counts={formatCounts(set)}
                        pressed={chosen}
                        column={setName}
                        onClick={() => onSelect({ student: student.alias, set: setName })}
                      />
                    </Table.Td>
                  )
                })}
                <Table.Td style={{ ...AVG_CELL, ...(isSelected(student.alias, undefined) ? SELECTED : {}) }}>
                  <ScoreButton
                    context={`Items of ${info.name} on every set, Avg:`}
                    mean={student.avg}
                    interval={formatInterval(student.avgCi)}
                    counts={formatCounts(totals(student.sets))}
                    pressed={isSelected(student.alias, undefined)}
                    column="Avg"
                    strong
                    onClick={() => onSelect({ student: student.alias })}
                  />
                </Table.Td>
                {normalised ? (
                  <Table.Td data-column="Normalised Avg">
                    <NormalisedScore value={student.normalised?.avg} interval={formatInterval(student.normalised?.avgCi)} />
                  </Table.Td>
                ) : null}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

function totals(sets: readonly RseSetResult[]): { n: number; failed: number } {
  return sets.reduce((sum, set) => ({ n: sum.n + set.n, failed: sum.failed + set.failed }), { n: 0, failed: 0 })
}

function SortHeader({
  column,
  sort,
  onSort,
  style,
  children,
}: {
  readonly column: SortColumn
  readonly sort: SortState
  readonly onSort: (column: SortColumn) => void
  readonly style?: CSSProperties
  readonly children: ReactNode
}) {
  const direction = ariaSort(sort, column)
  const Icon = direction === 'ascending' ? IconSortAscending : direction === 'descending' ? IconSortDescending : IconArrowsSort
  return (
    <Table.Th scope="col" aria-sort={direction} style={style}>
      <UnstyledButton onClick={() => onSort(column)} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap" component="span">
          <span>{children}</span>
          <Icon aria-hidden size={16} stroke={1.5} style={{ opacity: direction ? 1 : 0.5, flexShrink: 0 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  )
}

function ModelCell({ info, role }: { readonly info: RunModelInfo; readonly role: 'reference' | 'student' }) {
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="wrap">
        <span>{info.name}</span>
        {info.simulated ? <SimulatedBadge /> : null}
      </Group>
      <Text size="xs" c="dimmed" fw={400}>
        {role === 'reference' ? 'Reference' : 'Student'}
        {info.model ? (
          <>
            {' · '}
            <Code fz="xs">{info.model}</Code>
          </>
        ) : null}
      </Text>
    </Stack>
  )
}

function ReferenceScore() {
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        5.000
      </Text>
      <Text size="xs" c="dimmed">
        by definition
      </Text>
    </Stack>
  )
}

function NormalisedScore({ value, interval }: { readonly value: number | undefined; readonly interval: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {formatScore(value)}
      </Text>
      {value !== undefined && interval ? (
        <Text size="xs" c="dimmed">
          {interval}
        </Text>
      ) : null}
    </Stack>
  )
}

function ScoreButton({
  context,
  mean,
  interval,
  counts,
  pressed,
  column,
  strong = false,
  onClick,
}: {
  readonly context: string
  readonly mean: number | undefined
  readonly interval: string
  readonly counts: string
  readonly pressed: boolean
  readonly column: string
  readonly strong?: boolean
  readonly onClick: () => void
}) {
  return (
    <UnstyledButton onClick={onClick} aria-pressed={pressed} data-column={column} data-mean={mean ?? ''} style={{ borderRadius: 4, textAlign: 'left' }}>
      <VisuallyHidden>{context} </VisuallyHidden>
      <Text component="span" size="sm" fw={strong ? 700 : 600} td="underline" style={{ textDecorationStyle: 'dotted', textUnderlineOffset: 3 }}>
        {formatScore(mean)}
      </Text>
      {interval ? (
        <Text component="span" size="xs" c="dimmed">
          {' '}
          ({interval})
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {mean === undefined && counts === 'n = 0' ? 'not scored yet' : counts}
      </Text>
    </UnstyledButton>
  )
}
