import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { FilePicker } from '../../components/FilePicker'
import { userMessage } from '../../lib/api'
import { useImportPackage } from '../../lib/data/usePackages'
import { isModifiedPackage } from '../../lib/packages/import-package'

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
  const submit = (acceptModified = false) => {
    if (!file) return
    importing.mutate({ file, acceptModified }, { onSuccess: ({ runId }) => void navigate(`/results/${runId}`) })
  }
  const modified = importing.isError && isModifiedPackage(importing.error)
  const choose = (chosen: File | undefined) => {
    setFile(chosen)
    importing.reset()
  }
  return (
    <Modal opened={opened} onClose={close} title="Import a paper package">
      <Stack>
        <Text size="sm">
          A paper package is a zip that Distillscope exported from a run. Importing it adds the run here and rebuilds its tables and figures from its recorded
          answers and judgements; no model is called.
        </Text>
        <FilePicker
          label="Package file"
          description="A .zip exported by Distillscope."
          accept=".zip,application/zip"
          onChoose={choose}
          error={importing.isError && !modified ? userMessage(importing.error) : undefined}
        />
        {modified && (
          <Alert color="yellow" title="This package was changed after it was exported">
            {userMessage(importing.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          {modified ? (
            <Button color="yellow" onClick={() => submit(true)} loading={importing.isPending}>
              Import anyway
            </Button>
          ) : (
            <Button onClick={() => submit()} disabled={!file} loading={importing.isPending}>
              Import
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  )
}
