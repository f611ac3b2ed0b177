import { Button, Group, List, Stack, Text, Title } from '@mantine/core'
import { IconDownload, IconFileImport } from '@tabler/icons-react'
import { useId, useState, type ReactNode } from 'react'
import type { IceSetImportResult, IceSetKind, IceSetSummary } from '../../../../shared/contract/ice-library'
import { ErrorAlert } from '../../components/ErrorAlert'
import { StatusNotice } from '../../components/StatusNotice'
import { useDialog } from '../../components/useDialog'
import { useIceSets } from '../../lib/data/useIceLibrary'
import { DeleteIceSetDialog } from './DeleteIceSetDialog'
import { GPTFUZZ_BUTTON_LABEL, GptfuzzDownloadDialog } from './GptfuzzDownloadDialog'
import { KIND_WORDS, importedMessage } from './ice-file'
import { IceImportDialog } from './IceImportDialog'
import { IceSetDrawer } from './IceSetDrawer'
import { IceSetsTable } from './IceSetsTable'

type Subject = { readonly kind: 'import' | 'download' } | { readonly kind: 'view' | 'delete'; readonly set: IceSetSummary }

export const SECTION_TITLES: Readonly<Record<IceSetKind, string>> = { questions: 'Question sets', seeds: 'Seed templates' }
export const IMPORT_LABELS: Readonly<Record<IceSetKind, string>> = { questions: 'Import questions', seeds: 'Import templates' }

interface Notice {
  readonly message: string
  readonly warnings: readonly string[]
}

/** The question sets, or the seed template sets: list, import, view, delete (and, for seeds, GPTFuzz's download). */
export function IceSetsSection({ kind, intro }: { readonly kind: IceSetKind; readonly intro: ReactNode }) {
  const sets = useIceSets(kind)
  const dialog = useDialog<Subject>()
  const [notice, setNotice] = useState<Notice | null>(null)
  const headingId = useId()
  const list = sets.data ?? []
  const subject = dialog.subject
  // The live set (changes from elsewhere arrive by event), or the last known copy if it was just deleted.
  const dialogSet = subject && 'set' in subject ? (list.find((set) => set.id === subject.set.id) ?? subject.set) : undefined

  const done = (message: string, warnings: readonly string[] = []) => {
    dialog.close()
    setNotice({ message, warnings })
  }
  const imported = (result: IceSetImportResult) => done(importedMessage(result), result.warnings)

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group justify="space-between" align="center">
        <Title order={2} id={headingId}>
          {SECTION_TITLES[kind]}
        </Title>
        <Group gap="sm">
          {kind === 'seeds' ? (
            <Button variant="default" leftSection={<IconDownload aria-hidden size={18} />} onClick={() => dialog.open({ kind: 'download' })}>
              {GPTFUZZ_BUTTON_LABEL}
            </Button>
          ) : null}
          <Button leftSection={<IconFileImport aria-hidden size={18} />} onClick={() => dialog.open({ kind: 'import' })}>
            {IMPORT_LABELS[kind]}
          </Button>
        </Group>
      </Group>
      {intro}
      {notice ? (
        <StatusNotice onClose={() => setNotice(null)}>
          {notice.message}
          {notice.warnings.length > 0 ? (
            <List size="sm" mt="xs" spacing={2} aria-label="Warnings about the file">
              {notice.warnings.map((warning) => (
                <List.Item key={warning}>{warning}</List.Item>
              ))}
            </List>
          ) : null}
        </StatusNotice>
      ) : null}

      {sets.isError ? (
        <ErrorAlert title={`Could not load the ${KIND_WORDS[kind].set}s`} error={sets.error} onRetry={() => void sets.refetch()} retrying={sets.isFetching} />
      ) : sets.isPending ? (
        <Text c="dimmed" role="status">
          Loading the {KIND_WORDS[kind].set}s…
        </Text>
      ) : list.length === 0 ? (
        <Text c="dimmed">No {KIND_WORDS[kind].set}s yet. Import a file to add one.</Text>
      ) : (
        <IceSetsTable
          sets={list}
          labelledBy={headingId}
          onView={(set) => dialog.open({ kind: 'view', set })}
          onDelete={(set) => dialog.open({ kind: 'delete', set })}
        />
      )}

      <IceImportDialog kind={kind} opened={dialog.isOpen('import')} onClose={dialog.close} onImported={imported} session={dialog.session} />
      {kind === 'seeds' ? <GptfuzzDownloadDialog opened={dialog.isOpen('download')} onClose={dialog.close} onDownloaded={imported} /> : null}
      <IceSetDrawer opened={dialog.isOpen('view')} onClose={dialog.close} set={dialogSet} session={dialog.session} />
      <DeleteIceSetDialog opened={dialog.isOpen('delete')} onClose={dialog.close} set={dialogSet} onDeleted={(set) => done(`Deleted “${set.name}”.`)} />
    </Stack>
  )
}
