import { Blockquote, Button, Code, Group, List, Modal, Stack, Text } from '@mantine/core'
import { IconDownload, IconWorld } from '@tabler/icons-react'
import type { PromptSetImportResult } from '../../../../shared/contract/prompt-sets'
import { ErrorAlert } from '../../components/ErrorAlert'
import { ARENA_HARD_DOWNLOAD, DOWNLOAD_BUTTON_LABEL } from './public-sets'
import { useDownloadPromptSet } from './usePromptSets'

export interface DownloadDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly onDownloaded: (result: PromptSetImportResult) => void
}

/** Says where the file comes from, what is needed and under which licence, before anything is fetched. */
export function DownloadDialog({ opened, onClose, onDownloaded }: DownloadDialogProps) {
  const download = useDownloadPromptSet()
  const offer = ARENA_HARD_DOWNLOAD
  // Closing during a download lets it finish: its notice still appears on the page.
  const close = () => {
    if (!download.isPending) download.reset()
    onClose()
  }
  return (
    <Modal opened={opened} onClose={close} title={DOWNLOAD_BUTTON_LABEL} size="lg" closeButtonProps={{ 'aria-label': 'Close dialog' }}>
      <Stack gap="md">
        <Text size="sm">
          Distillscope will download the {offer.prompts} prompts of {offer.name} from the project’s own repository and save them as a prompt set on this
          computer. Distillscope does not include public data sets itself.
        </Text>
        <List size="sm" spacing={4} icon={<IconWorld aria-hidden size={16} />}>
          <List.Item>
            This needs an internet connection: the file <Code>{offer.fileName}</Code> ({offer.size}) is fetched from <Code>{offer.host}</Code>. Nothing about
            you or your models is sent.
          </List.Item>
          <List.Item>
            No internet here? Download <Code>{offer.path}</Code> from <Code>{offer.repository}</Code> on another computer, copy it here and use “Import a file”.
          </List.Item>
        </List>
        <div>
          <Text size="sm" fw={500}>
            Source and licence (saved with the set)
          </Text>
          <Blockquote p="sm" mt={4} color="gray">
            <Text size="sm">{offer.sourceNote}</Text>
          </Blockquote>
        </div>
        {download.isPending ? (
          <Text size="sm" role="status">
            Downloading {offer.fileName}…
          </Text>
        ) : null}
        {download.isError ? <ErrorAlert title="The download did not work, so nothing was added" error={download.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {download.isPending ? 'Close' : 'Cancel'}
          </Button>
          <Button
            leftSection={<IconDownload aria-hidden size={18} />}
            loading={download.isPending}
            onClick={() => download.mutate(offer.source, { onSuccess: onDownloaded })}
            data-autofocus
          >
            {download.isError ? 'Try again' : 'Download'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
