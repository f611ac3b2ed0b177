import { Button, Code, Group, List, Modal, Stack, Text } from '@mantine/core'
import { IconDownload, IconWorld } from '@tabler/icons-react'
import type { IceSetImportResult } from '../../../../shared/contract/ice-library'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useDownloadGptfuzz } from '../../lib/data/useIceLibrary'

export const GPTFUZZ_BUTTON_LABEL = 'Download GPTFuzz seeds (MIT)'

export interface GptfuzzDownloadDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly onDownloaded: (result: IceSetImportResult) => void
}

/** Says what is fetched, from where and under which licence, before anything is fetched. */
export function GptfuzzDownloadDialog({ opened, onClose, onDownloaded }: GptfuzzDownloadDialogProps) {
  const download = useDownloadGptfuzz()
  // Closing during a download lets it finish: its notice still appears on the page.
  const close = () => {
    if (!download.isPending) download.reset()
    onClose()
  }
  return (
    <Modal opened={opened} onClose={close} title="Download the GPTFuzz seed templates?" size="lg" closeButtonProps={{ 'aria-label': 'Close dialog' }}>
      <Stack gap="md">
        <Text size="sm">
          The paper started from the 77 jailbreak templates collected by the GPTFuzz project. Distillscope will fetch them from GitHub and save them as a
          template set on this computer. They are MIT-licensed; Distillscope does not include them itself.
        </Text>
        <List size="sm" spacing={4} icon={<IconWorld aria-hidden size={16} />}>
          <List.Item>
            This needs an internet connection: one CSV file (about 160 KB) is fetched from <Code>github.com/sherdencooper/GPTFuzz</Code>. Nothing about you or
            your models is sent.
          </List.Item>
          <List.Item>
            No internet here? Download <Code>datasets/prompts/GPTFuzzer.csv</Code> from that repository on another computer, copy it here and use “Import
            templates”.
          </List.Item>
          <List.Item>Some of these templates contain offensive role-play text. Distillscope hides template text until you ask to see it.</List.Item>
        </List>
        {download.isPending ? (
          <Text size="sm" role="status">
            Downloading the GPTFuzz templates…
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
            onClick={() => download.mutate(undefined, { onSuccess: onDownloaded })}
            data-autofocus
          >
            {download.isError ? 'Try again' : 'Download'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
