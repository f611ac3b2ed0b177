import { Button, Group, Stack, Text, Title } from '@mantine/core'
import { IconDownload, IconFileImport } from '@tabler/icons-react'
import { useId, useState } from 'react'
import type { PromptSet } from '../../../shared/contract/prompt-sets'
import { SECTIONS } from '../lib/sections'
import { EmptyState } from '../components/EmptyState'
import { ErrorAlert } from '../components/ErrorAlert'
import { Page } from '../components/Page'
import { StatusNotice } from '../components/StatusNotice'
import { DeletePromptSetDialog } from '../features/prompt-sets/DeletePromptSetDialog'
import { DownloadDialog } from '../features/prompt-sets/DownloadDialog'
import { ImportDialog } from '../features/prompt-sets/ImportDialog'
import { importedMessage } from '../features/prompt-sets/import-form'
import { PaperSets } from '../features/prompt-sets/PaperSets'
import { PromptSetDrawer } from '../features/prompt-sets/PromptSetDrawer'
import { PromptSetsTable } from '../features/prompt-sets/PromptSetsTable'
import { DOWNLOAD_BUTTON_LABEL, downloadedMessage } from '../features/prompt-sets/public-sets'
import { usePromptSets, usePromptSetsSync } from '../features/prompt-sets/usePromptSets'

type DialogSubject = { readonly kind: 'import' | 'download' } | { readonly kind: 'view' | 'delete'; readonly setId: string; readonly snapshot: PromptSet }

interface DialogState {
  readonly subject: DialogSubject
  /** Kept after closing, so the dialog keeps its title while it fades out. */
  readonly open: boolean
  /** A new number per opening: each dialog starts afresh. */
  readonly session: number
}

export const IMPORT_BUTTON_LABEL = 'Import a file'

export function PromptSetsPage() {
  usePromptSetsSync()
  const sets = usePromptSets()
  const [dialog, setDialog] = useState<DialogState | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const listHeadingId = useId()

  const open = (subject: DialogSubject) => setDialog((previous) => ({ subject, open: true, session: (previous?.session ?? 0) + 1 }))
  const close = () => setDialog((previous) => previous && { ...previous, open: false })
  const done = (message: string) => {
    close()
    setNotice(message)
  }

  const list = sets.data ?? []
  const subject = dialog?.subject
  // The live set (changes from other windows arrive by event), or the last known copy if it was just deleted.
  const dialogSet = subject && 'setId' in subject ? (list.find((set) => set.id === subject.setId) ?? subject.snapshot) : undefined
  const isOpen = (kind: DialogSubject['kind']) => dialog?.open === true && subject?.kind === kind
  const session = dialog?.session ?? 0

  const importButton = (
    <Button leftSection={<IconFileImport aria-hidden size={18} />} onClick={() => open({ kind: 'import' })}>
      {IMPORT_BUTTON_LABEL}
    </Button>
  )
  const downloadButton = (
    <Button variant="default" leftSection={<IconDownload aria-hidden size={18} />} onClick={() => open({ kind: 'download' })}>
      {DOWNLOAD_BUTTON_LABEL}
    </Button>
  )

  return (
    <Page title={SECTIONS.promptSets.label}>
      {notice ? <StatusNotice onClose={() => setNotice(null)}>{notice}</StatusNotice> : null}

      <Text>
        A prompt set is a list of questions. In a similarity run (RSE), the reference model and each student answer the same prompts, and a judge model scores
        how alike their answers are. Different kinds of questions reveal different things, so the paper used three sets: general questions, maths problems and
        everyday requests.
      </Text>

      {sets.isError ? (
        <ErrorAlert title="Could not load your prompt sets" error={sets.error} onRetry={() => void sets.refetch()} retrying={sets.isFetching} />
      ) : sets.isPending ? (
        <Text c="dimmed" role="status">
          Loading your prompt sets…
        </Text>
      ) : list.length === 0 ? (
        <EmptyState
          icon={SECTIONS.promptSets.icon}
          title="No prompt sets yet"
          text={[
            'A prompt set is a list of questions that every model answers, so their responses can be compared for similarity.',
            'Import a file from Arena-Hard, NuminaMath or ShareGPT (JSON Lines, JSON or CSV), or download Arena-Hard v0.1.',
          ]}
          action={
            <Group justify="center" gap="sm">
              {importButton}
              {downloadButton}
            </Group>
          }
        />
      ) : (
        <Stack component="section" aria-labelledby={listHeadingId} gap="sm">
          <Group justify="space-between" align="center">
            <Title order={2} id={listHeadingId}>
              Your prompt sets
            </Title>
            <Group gap="sm">
              {downloadButton}
              {importButton}
            </Group>
          </Group>
          <Text size="sm" c="dimmed">
            The built-in sets are small, written by the Distillscope team, and work offline: good for trying things out. For results you can compare with the
            paper, import the public sets described below.
          </Text>
          <PromptSetsTable
            sets={list}
            labelledBy={listHeadingId}
            onView={(set) => open({ kind: 'view', setId: set.id, snapshot: set })}
            onDelete={(set) => open({ kind: 'delete', setId: set.id, snapshot: set })}
          />
        </Stack>
      )}

      <PaperSets />

      <ImportDialog opened={isOpen('import')} onClose={close} session={session} onImported={(result) => done(importedMessage(result))} />
      <DownloadDialog opened={isOpen('download')} onClose={close} onDownloaded={(result) => done(downloadedMessage(result))} />
      <PromptSetDrawer opened={isOpen('view')} onClose={close} set={dialogSet} session={session} />
      <DeletePromptSetDialog opened={isOpen('delete')} onClose={close} set={dialogSet} onDeleted={(set) => done(`Deleted “${set.name}”.`)} />
    </Page>
  )
}
