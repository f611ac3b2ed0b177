import { Button, Code, Divider, Group, Stack, Table, Text, Title } from '@mantine/core'
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react'
import { useId, useState, type ReactNode } from 'react'
import type { PromptSet } from '../../../../shared/contract/prompt-sets'
import { BuiltinBadge } from '../../components/BuiltinBadge'
import { DetailsDrawer, type SetDrawerProps } from '../../components/DetailsDrawer'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatDate, formatInteger } from '../../lib/format'
import { DOMAIN_LABELS, originLines } from './format'
import { PromptItemsTable } from './PromptItemsTable'
import { SampleHelper } from './SampleHelper'
import { usePromptSetPage } from './usePromptSets'

export const PAGE_SIZE = 20

export type PromptSetDrawerProps = SetDrawerProps<PromptSet>

export function PromptSetDrawer({ opened, onClose, set, session }: PromptSetDrawerProps) {
  return (
    <DetailsDrawer opened={opened} onClose={onClose} item={set} session={session} fallbackTitle="Prompt set">
      {(item) => <PromptSetDetails set={item} />}
    </DetailsDrawer>
  )
}

function PromptSetDetails({ set }: { readonly set: PromptSet }) {
  const promptsHeadingId = useId()
  return (
    <Stack gap="lg">
      <Facts set={set} />
      <Divider />
      <Stack component="section" aria-labelledby={promptsHeadingId} gap="sm">
        <Title order={3} id={promptsHeadingId}>
          Prompts
        </Title>
        <PagedPrompts set={set} labelledBy={promptsHeadingId} />
      </Stack>
      <Divider />
      <SampleHelper set={set} />
    </Stack>
  )
}

function Facts({ set }: { readonly set: PromptSet }) {
  const rows: [string, ReactNode][] = [
    ['Domain', DOMAIN_LABELS[set.domain]],
    ['Prompts', formatInteger(set.itemCount)],
    ['Source and licence', set.sourceNote || 'No note was given.'],
    ['Origin', originLines(set).join(' ') || 'Imported.'],
    ['Added', formatDate(set.createdAt)],
    ['Id', <Code key="id">{set.id}</Code>],
    [
      'Content fingerprint',
      <Text key="hash" size="sm" span>
        <Code title={set.contentHash}>{set.contentHash.slice(0, 16)}</Code> (the same prompts always have the same fingerprint)
      </Text>,
    ],
  ]
  return (
    <Stack gap="xs">
      {set.builtin ? (
        <Group gap="xs">
          <BuiltinBadge />
          <Text size="sm">Comes with Distillscope and cannot be deleted.</Text>
        </Group>
      ) : null}
      <Table variant="vertical" fz="sm" withTableBorder={false} aria-label="About this prompt set">
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

function PagedPrompts({ set, labelledBy }: { readonly set: PromptSet; readonly labelledBy: string }) {
  const [offset, setOffset] = useState(0)
  const page = usePromptSetPage(set.id, offset, PAGE_SIZE)
  const data = page.data
  const total = data?.total ?? set.itemCount
  const shownFrom = total === 0 ? 0 : offset + 1
  const shownTo = Math.min(offset + PAGE_SIZE, total)
  const lastOffset = Math.max(0, Math.floor((total - 1) / PAGE_SIZE) * PAGE_SIZE)

  if (page.isError) {
    return <ErrorAlert title="Could not load the prompts" error={page.error} onRetry={() => void page.refetch()} retrying={page.isFetching} />
  }
  if (!data) {
    return (
      <Text size="sm" c="dimmed" role="status">
        Loading the prompts…
      </Text>
    )
  }
  const pager = (
    <Group justify="space-between" gap="sm">
      <Text size="sm" role="status" aria-live="polite">
        Prompts {formatInteger(shownFrom)}–{formatInteger(shownTo)} of {formatInteger(total)}
        {page.isPlaceholderData ? ' (loading…)' : ''}
      </Text>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconChevronLeft aria-hidden size={16} />}
          disabled={offset === 0}
          onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
        >
          Previous prompts
        </Button>
        <Button
          size="xs"
          variant="default"
          rightSection={<IconChevronRight aria-hidden size={16} />}
          disabled={offset >= lastOffset}
          onClick={() => setOffset(Math.min(lastOffset, offset + PAGE_SIZE))}
        >
          Next prompts
        </Button>
      </Group>
    </Group>
  )
  return (
    <Stack gap="sm">
      {pager}
      <PromptItemsTable items={data.items} labelledBy={labelledBy} />
    </Stack>
  )
}
