import { Alert, Button, Checkbox, Fieldset, Group, List, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { IconAlertCircle, IconFileImport } from '@tabler/icons-react'
import { useForm } from '@mantine/form'
import { useRef, useState } from 'react'
import { PROMPT_SET_DOMAINS, type PromptSetImportResult, type PromptSetPreview } from '../../../../shared/contract/prompt-sets'
import { ErrorAlert } from '../../components/ErrorAlert'
import { FilePicker } from '../../components/FilePicker'
import { FormStack } from '../../components/FormStack'
import { checkPromptFile, setNameFromFile } from '../../lib/prompt-sets/prompt-file'
import { FORM_ERROR, fieldError } from '../../lib/schema-errors'
import { DOMAIN_DESCRIPTIONS, DOMAIN_LABELS, suggestedDomain } from './format'
import {
  DETAILS_NEED_ATTENTION,
  DETECTED,
  NAME_MAX_CHARS,
  SOURCE_NOTE_MAX_CHARS,
  changeMapping,
  importErrorsFrom,
  importReadiness,
  mappingToSend,
  toImportInput,
  validateImport,
  type ChosenContent,
  type ImportDetails,
  type MappingChoice,
  type MappingMode,
} from './import-form'
import { ImportPreview } from './ImportPreview'
import { MappingFields } from './MappingFields'
import { useImportPromptSet, usePreviewPromptFile } from './usePromptSets'

export const IMPORT_DIALOG_TITLE = 'Import a prompt set'

export interface ImportDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly onImported: (result: PromptSetImportResult) => void
  /** A new number per opening: each opening starts with no file. */
  readonly session: number
}

export function ImportDialog({ opened, onClose, onImported, session }: ImportDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={IMPORT_DIALOG_TITLE} size="xl" closeButtonProps={{ 'aria-label': 'Close dialog' }}>
      <ImportFlow key={session} onClose={onClose} onImported={onImported} />
    </Modal>
  )
}

/** The alert above the buttons: a message, and the file's problems the backend listed. */
interface ImportAlert {
  readonly general?: string
  readonly problems: readonly string[]
}

const NO_ALERT: ImportAlert = { problems: [] }

const INITIAL_DETAILS: ImportDetails = { name: '', domain: 'other', sourceNote: '', keepDuplicates: false, skipInvalid: false }

function ImportFlow({ onClose, onImported }: Omit<ImportDialogProps, 'opened' | 'session'>) {
  const [file, setFile] = useState<ChosenContent | undefined>()
  const [fileError, setFileError] = useState<string | undefined>()
  const [reading, setReading] = useState(false)
  const [mode, setMode] = useState<MappingMode>(DETECTED)
  const [preview, setPreview] = useState<PromptSetPreview | undefined>()
  // The set's details; messages stay until the next Import, as they did before @mantine/form.
  const form = useForm<ImportDetails>({ mode: 'controlled', initialValues: INITIAL_DETAILS, clearInputErrorOnChange: false })
  const details = form.getValues()
  const setDetails = (update: (current: ImportDetails) => ImportDetails) => form.setValues((current) => update(current as ImportDetails))
  const [edited, setEdited] = useState({ name: false, domain: false })
  const [alert, setAlert] = useState<ImportAlert>(NO_ALERT)
  const error = (field: string) => fieldError(form.errors, field)
  const setMappingError = (message: string | undefined) => form.setErrors((current) => ({ ...current, mapping: message }))
  const previewing = usePreviewPromptFile()
  const importing = useImportPromptSet()
  // Counts choices, so a large file still being read cannot replace one chosen after it.
  const latestChoice = useRef(0)

  /** Only the latest request's answer is used (TanStack calls per-call callbacks for the last one only). */
  function runPreview(chosen: ChosenContent, nextMode: MappingMode) {
    const mapping = mappingToSend(nextMode)
    previewing.mutate(
      { ...chosen, ...(mapping ? { mapping } : {}) },
      {
        onSuccess: (result) => {
          setPreview(result)
          // A recognised layout suggests the domain, until the person chooses one.
          if (nextMode.kind === 'detected' && !edited.domain) setDetails((current) => ({ ...current, domain: suggestedDomain(result.shape) }))
        },
      },
    )
  }

  async function choose(chosen: File | undefined) {
    const choice = ++latestChoice.current
    setReading(false)
    setFile(undefined)
    setPreview(undefined)
    setMode(DETECTED)
    form.clearErrors()
    setAlert(NO_ALERT)
    previewing.reset()
    importing.reset()
    setFileError(undefined)
    if (!chosen) return
    const refused = checkPromptFile(chosen)
    if (refused) {
      setFileError(refused)
      return
    }
    setReading(true)
    let content: string
    try {
      content = await chosen.text()
    } catch {
      if (choice === latestChoice.current) {
        setReading(false)
        setFileError(`“${chosen.name}” could not be read. Check that the file is still there and that you may open it, then choose it again.`)
      }
      return
    }
    if (choice !== latestChoice.current) return
    setReading(false)
    const next = { fileName: chosen.name, content }
    setFile(next)
    if (!edited.name) setDetails((current) => ({ ...current, name: setNameFromFile(chosen.name) }))
    runPreview(next, DETECTED)
  }

  function changeField(field: keyof MappingChoice, value: string) {
    const next = changeMapping(mode, preview, field, value)
    setMode(next)
    setMappingError(undefined)
    if (!file) return
    if (next.kind === 'custom' && next.choice.promptField === '') {
      setMappingError('Choose the field that holds the prompts.')
      return
    }
    runPreview(file, next)
  }

  function returnToDetected() {
    setMode(DETECTED)
    setMappingError(undefined)
    if (file) runPreview(file, DETECTED)
  }

  const set = <K extends keyof ImportDetails>(key: K, value: ImportDetails[K]) => form.setValues({ [key]: value } as Pick<ImportDetails, K>)

  function submit(event: { preventDefault(): void }) {
    event.preventDefault()
    if (!file) {
      form.clearErrors()
      setAlert({ general: 'Choose a file first.', problems: [] })
      return
    }
    const errors = validateImport(file, details, mode)
    form.setErrors(errors)
    if (Object.keys(errors).length > 0) {
      setAlert({ general: errors[FORM_ERROR] ?? DETAILS_NEED_ATTENTION, problems: [] })
      return
    }
    setAlert(NO_ALERT)
    importing.mutate(toImportInput(file, details, mode), {
      onSuccess: onImported,
      onError: (refusal) => {
        const { fields, general, problems } = importErrorsFrom(refusal)
        form.setErrors(fields)
        setAlert({ ...(general === undefined ? {} : { general }), problems })
      },
    })
  }

  const readiness = preview ? importReadiness(preview, details) : undefined

  return (
    <FormStack onSubmit={submit} gap="lg">
      <Text size="sm">
        Choose a file of prompts. Distillscope shows what it found before anything is saved: the layout, how many prompts, duplicates and any problems, with
        their line numbers.
      </Text>
      <FilePicker onChoose={(chosen) => void choose(chosen)} error={fileError} disabled={importing.isPending} />

      {reading ? (
        <Text size="sm" role="status">
          Reading the file…
        </Text>
      ) : previewing.isPending && !preview ? (
        <Text size="sm" role="status">
          Looking at the file…
        </Text>
      ) : null}
      {previewing.isError ? <ErrorAlert title="The file could not be checked" error={previewing.error} /> : null}

      {preview && readiness ? (
        <>
          <MappingFields preview={preview} mode={mode} onChange={changeField} onUseDetected={returnToDetected} error={error('mapping')} />
          {previewing.isPending ? (
            <Text size="sm" role="status">
              Updating the preview…
            </Text>
          ) : null}
          <ImportPreview preview={preview} readiness={readiness} keepDuplicates={details.keepDuplicates} updating={previewing.isPending} />
          <Fieldset legend="About this prompt set" variant="filled">
            <Stack gap="sm">
              <TextInput
                label="Name"
                description="Shown in lists and results"
                value={details.name}
                onChange={(event) => {
                  set('name', event.currentTarget.value)
                  setEdited((current) => ({ ...current, name: true }))
                }}
                error={error('name')}
                maxLength={NAME_MAX_CHARS}
                required
              />
              <NativeSelect
                label="Domain"
                description="What kind of prompts these are; results can be compared by domain"
                value={details.domain}
                onChange={(event) => {
                  set('domain', event.currentTarget.value as ImportDetails['domain'])
                  setEdited((current) => ({ ...current, domain: true }))
                }}
                data={PROMPT_SET_DOMAINS.map((domain) => ({ value: domain, label: `${DOMAIN_LABELS[domain]}: ${DOMAIN_DESCRIPTIONS[domain]}` }))}
                error={error('domain')}
              />
              <Textarea
                label="Source and licence (optional)"
                description="Where the prompts come from and their licence, for example “Arena-Hard-Auto v0.1, Apache-2.0, github.com/lmarena/arena-hard-auto”. Saved with the set and with every run that uses it."
                value={details.sourceNote}
                onChange={(event) => set('sourceNote', event.currentTarget.value)}
                error={error('sourceNote')}
                autosize
                minRows={2}
                maxRows={5}
                maxLength={SOURCE_NOTE_MAX_CHARS}
              />
              <Checkbox
                label="Keep duplicates"
                description="Normally a prompt whose text repeats an earlier one is skipped, so no question counts twice."
                checked={details.keepDuplicates}
                onChange={(event) => set('keepDuplicates', event.currentTarget.checked)}
              />
              <Checkbox
                label="Skip unusable records"
                description="Leave out records that are empty, not text or too long, and import the rest. Without this, a file with such records is not imported at all."
                checked={details.skipInvalid}
                onChange={(event) => set('skipInvalid', event.currentTarget.checked)}
              />
            </Stack>
          </Fieldset>
        </>
      ) : null}

      {alert.general ? (
        <Alert color="red" variant="light" title="The prompt set was not imported" icon={<IconAlertCircle aria-hidden />}>
          <Text size="sm">{alert.general}</Text>
          {alert.problems.length > 0 ? (
            <List size="sm" mt="xs" spacing={2}>
              {alert.problems.map((problem) => (
                <List.Item key={problem}>{problem}</List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}

      <Text size="sm" c="dimmed">
        Nothing is saved until you choose Import, and a file is imported whole or not at all: if Distillscope refuses it, no prompt from it is kept.
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
