import { Anchor, List, NativeSelect, Stack, Table, Text } from '@mantine/core'
import { useId, useState } from 'react'
import type { PaperLogSummary } from '../../../../shared/contract/ice-library'
import { PAPER_ICE_TABLE } from '../../../../shared/paper/ice-table'
import { MEASURE_LABELS, comparisonLines, comparisonNotes, guessPaperModel, paperCitation, paperRow } from './paper-log'

const NONE = ''

/**
 * The paper's published row beside the scores. The file name suggests which model the log is
 * about; the person confirms or picks another, since comparing different models would mislead.
 */
export function PaperIceComparison({ summary, attackLogName }: { readonly summary: PaperLogSummary; readonly attackLogName: string }) {
  const [model, setModel] = useState(() => guessPaperModel(attackLogName) ?? NONE)
  const captionId = useId()
  const row = model === NONE ? undefined : paperRow(model)
  return (
    <Stack gap="sm">
      <NativeSelect
        label="Compare with the paper’s published values for"
        description="The paper measured eight models with 1,000 attack rows each. Pick the model this log is about."
        value={model}
        onChange={(event) => setModel(event.currentTarget.value)}
        data={[{ value: NONE, label: 'No comparison' }, ...PAPER_ICE_TABLE.rows.map((paper) => ({ value: paper.model, label: paper.model }))]}
      />
      {row ? (
        <>
          <List size="sm" spacing={4}>
            {comparisonNotes(summary).map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
          <Table fz="sm" verticalSpacing={6} aria-labelledby={captionId}>
            <Table.Caption id={captionId} style={{ captionSide: 'top', textAlign: 'left' }}>
              Your scores beside the paper’s for {row.model}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Measure</Table.Th>
                <Table.Th scope="col">Yours (95% interval)</Table.Th>
                <Table.Th scope="col" ta="right">
                  Paper
                </Table.Th>
                <Table.Th scope="col">Paper within your interval?</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {comparisonLines(summary, row).map((line) => (
                <Table.Tr key={line.measure}>
                  <Table.Th scope="row" fw={500}>
                    {MEASURE_LABELS[line.measure]}
                  </Table.Th>
                  <Table.Td>{line.yours}</Table.Td>
                  <Table.Td ta="right">{line.paper}</Table.Td>
                  <Table.Td>{line.agrees === undefined ? '–' : line.agrees ? 'Yes' : 'No'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            Source: {paperCitation()}{' '}
            <Anchor href={PAPER_ICE_TABLE.source.url} target="_blank" rel="noreferrer" size="xs">
              {PAPER_ICE_TABLE.source.url}
            </Anchor>
            . Judge {PAPER_ICE_TABLE.judge}; suspected source {PAPER_ICE_TABLE.suspectedVendors.join(' and ')}.
          </Text>
        </>
      ) : null}
    </Stack>
  )
}
