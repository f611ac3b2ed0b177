import { List, Stack, Table, Text, Title } from '@mantine/core'
import { useId } from 'react'
import type { PaperLogSummary } from '../../../../shared/contract/ice-library'
import { formatInteger } from '../../lib/format'
import { rateText } from '../../lib/ice-library/format'
import { ICE_MEASURES, MEASURE_DESCRIPTIONS, MEASURE_LABELS, unmatchedText } from './paper-log'
import { PaperIceComparison } from './PaperIceComparison'

/** What scoring the paper's logs found: the three rates, what did not match, and the paper beside them. */
export function PaperLogResult({ summary, attackLogName }: { readonly summary: PaperLogSummary; readonly attackLogName: string }) {
  const headingId = useId()
  const unmatchedId = useId()
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        Scores of {attackLogName}
      </Title>
      <Text size="sm">
        {formatInteger(summary.rows)} attack rows. Each rate is the number of positives divided by all attack rows, as in the paper, with a 95% interval from a
        two-way bootstrap that resamples the log&apos;s templates and questions (its rows are templates x questions, not independent draws); Wilson&apos;s
        interval, which treats the rows as independent, is narrower. Seeded: the same log gives the same interval.
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table fz="sm" verticalSpacing={6} aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Measure</Table.Th>
              <Table.Th scope="col" ta="right">
                Positives
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Rate
              </Table.Th>
              <Table.Th scope="col">95% interval</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ICE_MEASURES.map((measure) => {
              const rate = summary[measure]
              const text = rate ? rateText(rate) : undefined
              return (
                <Table.Tr key={measure}>
                  <Table.Th scope="row" fw={500}>
                    {MEASURE_LABELS[measure]}
                    <Text size="xs" c="dimmed" fw={400}>
                      {MEASURE_DESCRIPTIONS[measure]}
                    </Text>
                  </Table.Th>
                  {text ? (
                    <>
                      <Table.Td ta="right">{text.count}</Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {text.rate}
                      </Table.Td>
                      <Table.Td>{text.interval || '–'}</Table.Td>
                    </>
                  ) : (
                    <Table.Td colSpan={3} c="dimmed">
                      Needs the strict CSV
                    </Table.Td>
                  )}
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {summary.warnings.length > 0 ? (
        <List size="sm" spacing={2} aria-label="Warnings">
          {summary.warnings.map((warning) => (
            <List.Item key={warning}>{warning}</List.Item>
          ))}
        </List>
      ) : null}

      {summary.strict !== null ? (
        <Stack gap={4}>
          <Text size="sm" fw={500} id={unmatchedId}>
            {summary.unmatched.length === 0
              ? 'Every row of the strict CSV matched a row of the attack log.'
              : `${formatInteger(summary.unmatched.length)} strict CSV ${summary.unmatched.length === 1 ? 'row matches' : 'rows match'} no attack-log row and ${summary.unmatched.length === 1 ? 'is' : 'are'} not counted:`}
          </Text>
          {summary.unmatched.length > 0 ? (
            <List size="sm" spacing={2} aria-labelledby={unmatchedId}>
              {summary.unmatched.map((row) => (
                <List.Item key={row.line}>{unmatchedText(row)}</List.Item>
              ))}
            </List>
          ) : null}
        </Stack>
      ) : null}

      <PaperIceComparison summary={summary} attackLogName={attackLogName} />
    </Stack>
  )
}
