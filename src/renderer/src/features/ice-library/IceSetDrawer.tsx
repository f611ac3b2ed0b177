import { Code, Divider, Group, Stack, Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { IceSetSummary } from '../../../../shared/contract/ice-library'
import { BuiltinBadge } from '../../components/BuiltinBadge'
import { DetailsDrawer, type SetDrawerProps } from '../../components/DetailsDrawer'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useIceSet } from '../../lib/data/useIceLibrary'
import { formatDate } from '../../lib/format'
import { questionCountsText, seedCountsText, setItemsText } from '../../lib/ice-library/format'
import { QuestionsList } from './QuestionsList'
import { TemplatesList } from './TemplatesList'

export type IceSetDrawerProps = SetDrawerProps<IceSetSummary>

export function IceSetDrawer({ opened, onClose, set, session }: IceSetDrawerProps) {
  return (
    <DetailsDrawer opened={opened} onClose={onClose} item={set} session={session} fallbackTitle="Set">
      {(item) => <SetDetails set={item} />}
    </DetailsDrawer>
  )
}

function SetDetails({ set }: { readonly set: IceSetSummary }) {
  const detail = useIceSet(set.id)
  return (
    <Stack gap="lg">
      <About set={set} />
      <Divider />
      {detail.isError ? (
        <ErrorAlert title="Could not load the set" error={detail.error} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />
      ) : !detail.data ? (
        <Text size="sm" c="dimmed" role="status">
          Loading the {set.kind === 'questions' ? 'questions' : 'templates'}…
        </Text>
      ) : set.kind === 'questions' ? (
        <QuestionsList questions={detail.data.questions ?? []} />
      ) : (
        <TemplatesList templates={detail.data.templates ?? []} />
      )}
    </Stack>
  )
}

function About({ set }: { readonly set: IceSetSummary }) {
  const rows: [string, ReactNode][] = [
    ['Contents', `${setItemsText(set)}: ${set.kind === 'questions' ? questionCountsText(set.counts) : seedCountsText(set.counts)}`],
    ['Source and licence', set.sourceNote || 'No note was given.'],
    ['Added', set.builtin ? 'Comes with Distillscope' : formatDate(set.createdAt)],
    ['Id', <Code key="id">{set.id}</Code>],
    [
      'Content fingerprint',
      <Text key="hash" size="sm" span>
        <Code title={set.contentHash}>{set.contentHash.slice(0, 16)}</Code> (the same items always have the same fingerprint)
      </Text>,
    ],
  ]
  return (
    <Stack gap="xs">
      {set.builtin ? (
        <Group gap="xs">
          <BuiltinBadge />
          <Text size="sm">Written by the Distillscope team; cannot be deleted.</Text>
        </Group>
      ) : null}
      <Table variant="vertical" fz="sm" withTableBorder={false} aria-label="About this set">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={180} fw={500}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
