import { Table, Text } from '@mantine/core'
import type { SpotCheckSummary } from '../../../../../shared/contract/index'
import { formatInterval } from '../../../lib/format'

const share = (value: number | undefined) => (value === undefined ? '—' : `${Math.round(value * 100)}%`)
const coefficient = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2))

/** The person against each judge (and the panel): n, the coefficient with its interval, and how often they rated alike. */
export function SpotCheckAgreementTable({ summary, judgeName }: { readonly summary: SpotCheckSummary; readonly judgeName: (alias: string) => string }) {
  const rse = summary.kind === 'rse'
  if (summary.rated === 0) return <Text c="dimmed">Rate a few items to see how far each judge agrees with you.</Text>
  return (
    <Table striped withTableBorder aria-label="Your agreement with the judges">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Judge</Table.Th>
          <Table.Th>Items</Table.Th>
          <Table.Th>{rse ? 'Krippendorff’s alpha (ordinal)' : 'Cohen’s kappa'}</Table.Th>
          <Table.Th>95% interval</Table.Th>
          <Table.Th>Rated alike</Table.Th>
          {rse ? <Table.Th>Within one point</Table.Th> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {summary.agreements.map((agreement) => (
          <Table.Tr key={agreement.judge}>
            <Table.Td>
              {agreement.judge === 'panel' ? 'The panel' : judgeName(agreement.judge)}
              {agreement.model ? (
                <Text span c="dimmed" size="sm">
                  {' '}
                  ({agreement.model})
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>{agreement.n}</Table.Td>
            <Table.Td>{coefficient(rse ? agreement.alpha : agreement.kappa)}</Table.Td>
            <Table.Td>{formatInterval(agreement.ci) || '—'}</Table.Td>
            <Table.Td>{share(agreement.exact)}</Table.Td>
            {rse ? <Table.Td>{share(agreement.withinOne)}</Table.Td> : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
