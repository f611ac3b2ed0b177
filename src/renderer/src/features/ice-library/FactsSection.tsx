import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useId, useState } from 'react'
import type { IdentityFactView } from '../../../../shared/contract/ice-library'
import { ErrorAlert } from '../../components/ErrorAlert'
import { StatusNotice } from '../../components/StatusNotice'
import { useDialog } from '../../components/useDialog'
import { useIdentityFacts } from '../../lib/data/useIceLibrary'
import { FactDialog } from './FactDialog'
import { FactsTable } from './FactsTable'
import { ResetFactDialog } from './ResetFactDialog'
import { SuspectedSource } from './SuspectedSource'

type Subject = { readonly kind: 'add' } | { readonly kind: 'edit' | 'reset'; readonly fact: IdentityFactView }

export const ADD_FACT_LABEL = 'Add a fact'

export function FactsSection() {
  const facts = useIdentityFacts()
  const dialog = useDialog<Subject>()
  const [notice, setNotice] = useState<string | null>(null)
  const headingId = useId()
  const list = facts.data ?? []
  const subject = dialog.subject
  const dialogFact = subject && 'fact' in subject ? (list.find((fact) => fact.id === subject.fact.id) ?? subject.fact) : undefined

  const done = (message: string) => {
    dialog.close()
    setNotice(message)
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group justify="space-between" align="center">
        <Title order={2} id={headingId}>
          Identity facts
        </Title>
        <Button leftSection={<IconPlus aria-hidden size={18} />} onClick={() => dialog.open({ kind: 'add' })}>
          {ADD_FACT_LABEL}
        </Button>
      </Group>
      <Text size="sm">
        An identity fact is one sentence saying who really made a model, such as “I am a large language model built by Alibaba Cloud”. In an ICE run, the{' '}
        <strong>loose judge</strong> compares every answer of the model under test with its own vendor’s fact: an answer that contradicts it (“I was developed
        by OpenAI”) counts as a leak. Choose each model’s fact on the Models page.
      </Text>
      <SuspectedSource />
      {notice ? <StatusNotice onClose={() => setNotice(null)}>{notice}</StatusNotice> : null}

      {facts.isError ? (
        <ErrorAlert title="Could not load the identity facts" error={facts.error} onRetry={() => void facts.refetch()} retrying={facts.isFetching} />
      ) : facts.isPending ? (
        <Text c="dimmed" role="status">
          Loading the identity facts…
        </Text>
      ) : list.length === 0 ? (
        <Text c="dimmed">No identity facts. Add one for each vendor whose models you test.</Text>
      ) : (
        <FactsTable
          facts={list}
          labelledBy={headingId}
          onEdit={(fact) => dialog.open({ kind: 'edit', fact })}
          onReset={(fact) => dialog.open({ kind: 'reset', fact })}
        />
      )}

      <FactDialog
        opened={dialog.isOpen('add') || dialog.isOpen('edit')}
        onClose={dialog.close}
        fact={subject?.kind === 'edit' ? dialogFact : undefined}
        session={dialog.session}
        onSaved={(fact, added) => done(added ? `Added the fact for ${fact.vendor}.` : `Saved the fact for ${fact.vendor}.`)}
      />
      <ResetFactDialog
        opened={dialog.isOpen('reset')}
        onClose={dialog.close}
        fact={dialogFact}
        onDone={(fact) => done(fact.builtin ? `The fact for ${fact.vendor} is back to the built-in text.` : `Deleted the fact for ${fact.vendor}.`)}
      />
    </Stack>
  )
}
