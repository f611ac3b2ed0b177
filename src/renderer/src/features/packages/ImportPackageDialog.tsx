import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { userMessage } from '../../lib/api'
import { FilePicker } from '../prompt-sets/FilePicker'
import { useImportPackage } from './usePackages'

/** Imports a paper package as a new run, then opens its results. */
export function ImportPackageDialog({ opened, onClose }: { readonly opened: boolean; readonly onClose: () => void }) {
  const [file, setFile] = useState<File | undefined>()
  const importing = useImportPackage()
  const navigate = useNavigate()
  const close = () => {
    setFile(undefined)
    importing.reset()
    onClose()
  }
  const submit = () => {
    if (!file) return
    importing.mutate(file, { onSuccess: ({ runId }) => void navigate(`/results/${runId}`) })
  }
  return (
    <Modal opened={opened} onClose={close} title="Import a paper package">
      <Stack>
        <Text size="sm">
          A paper package is a zip that Distillscope exported from a run. Importing it adds the run here and rebuilds its tables and figures from its
          recorded answers and judgements; no model is called.
        </Text>
        <FilePicker label="Package file" description="A .zip exported by Distillscope." accept=".zip,application/zip" onChoose={setFile} error={importing.isError ? userMessage(importing.error) : undefined} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button onClick={submit} disabled={!file} loading={importing.isPending}>
            Import
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
