import { Alert, Button, Group, List, Modal, Text, TextInput } from '@mantine/core'
import { IconAlertCircle, IconFileImport } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import type { IceSetImportResult, IceSetKind } from '../../../../shared/contract/ice-library'
import { FilePicker } from '../../components/FilePicker'
import { FormStack } from '../../components/FormStack'
import { useImportIceSet } from '../../lib/data/useIceLibrary'
import { FILE_DESCRIPTIONS, ICE_FILE_ACCEPT, KIND_WORDS, checkIceFile, importProblems, setNameFromFile } from './ice-file'

export interface IceImportDialogProps {
  readonly kind: IceSetKind
  readonly opened: boolean
  readonly onClose: () => void
  readonly onImported: (result: IceSetImportResult) => void
  /** A new number per opening: each opening starts with no file. */
  readonly session: number
}

export function importTitle(kind: IceSetKind): string {
  return `Import a ${KIND_WORDS[kind].set}`
}

export function IceImportDialog({ kind, opened, onClose, onImported, session }: IceImportDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={importTitle(kind)} size="lg" closeButtonProps={{ 'aria-label': 'Close dialog' }}>
      <ImportForm key={session} kind={kind} onClose={onClose} onImported={onImported} />
    </Modal>
  )
}

interface Chosen {
  readonly fileName: string
  readonly content: string
}

function ImportForm({ kind, onClose, onImported }: Pick<IceImportDialogProps, 'kind' | 'onClose' | 'onImported'>) {
  const words = KIND_WORDS[kind]
  const [file, setFile] = useState<Chosen | undefined>()
  const [fileError, setFileError] = useState<string | undefined>()
  const [reading, setReading] = useState(false)
  const [name, setName] = useState('')
  const [nameEdited, setNameEdited] = useState(false)
  const [nameError, setNameError] = useState<string | undefined>()
  const importing = useImportIceSet()
  // A large file still being read must not replace one chosen after it.
  const latest = useRef(0)

  async function choose(chosen: File | undefined) {
    const choice = ++latest.current
    setFile(undefined)
    setFileError(undefined)
    importing.reset()
    if (!chosen) return
    const refused = checkIceFile(chosen, words.item)
    if (refused) {
      setFileError(refused)
      return
    }
    setReading(true)
    try {
      const content = await chosen.text()
      if (choice !== latest.current) return
      setFile({ fileName: chosen.name, content })
      // The name follows the file until the person types one of their own.
      if (!nameEdited) setName(setNameFromFile(chosen.name))
    } catch {
      if (choice === latest.current) setFileError(`“${chosen.name}” could not be read. Check that the file is still there, then choose it again.`)
    } finally {
      if (choice === latest.current) setReading(false)
    }
  }

  function submit(event: { preventDefault(): void }) {
    event.preventDefault()
    if (!file) {
      setFileError(`Choose a ${words.file.toLowerCase()} first.`)
      return
    }
    if (name.trim() === '') {
      setNameError(`Give the ${words.set} a name.`)
      return
    }
    setNameError(undefined)
    importing.mutate({ kind, name: name.trim(), ...file }, { onSuccess: onImported })
  }

  const problems = importing.isError ? importProblems(importing.error) : undefined
  return (
    <FormStack onSubmit={submit} gap="lg">
      <FilePicker
        label={words.file}
        description={FILE_DESCRIPTIONS[kind]}
        accept={ICE_FILE_ACCEPT}
        onChoose={(chosen) => void choose(chosen)}
        error={fileError}
        disabled={importing.isPending}
      />
      {reading ? (
        <Text size="sm" role="status">
          Reading the file…
        </Text>
      ) : null}
      <TextInput
        label="Name"
        description="Shown in lists and in the ICE wizard"
        value={name}
        onChange={(event) => {
          setName(event.currentTarget.value)
          setNameEdited(event.currentTarget.value.trim() !== '')
        }}
        error={nameError}
        maxLength={120}
        required
      />
      {problems ? (
        <Alert color="red" variant="light" title={`The ${words.set} was not imported`} icon={<IconAlertCircle aria-hidden />}>
          <Text size="sm">{problems.message}</Text>
          {problems.details.length > 0 ? (
            <List size="sm" mt="xs" spacing={2}>
              {problems.details.map((detail) => (
                <List.Item key={detail}>{detail}</List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed">
        A file is imported whole or not at all: if Distillscope refuses it, nothing from it is kept, and the message names the line to fix.
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" leftSection={<IconFileImport aria-hidden size={18} />} loading={importing.isPending} disabled={reading}>
          Import
        </Button>
      </Group>
    </FormStack>
  )
}
