import { Button, Stack, Text } from '@mantine/core'
import { IconPackageExport } from '@tabler/icons-react'
import { userMessage } from '../lib/api'
import { useExportPackage } from '../lib/data/usePackages'

/**
 * "Export paper package": one zip with the manifest, raw responses and judgements, a methods
 * paragraph and the citation, which another Distillscope can import with no model call.
 */
export function ExportPackageButton({ runId }: { readonly runId: string }) {
  const exporting = useExportPackage()
  return (
    <Stack gap={4} align="flex-start">
      <Button variant="default" leftSection={<IconPackageExport aria-hidden size={18} />} loading={exporting.isPending} onClick={() => exporting.mutate(runId)}>
        Export paper package
      </Button>
      {exporting.isSuccess ? (
        <Text size="sm" role="status">
          Saved {exporting.data}.
        </Text>
      ) : null}
      {exporting.isError ? (
        <Text size="sm" c="red" role="alert">
          {userMessage(exporting.error)}
        </Text>
      ) : null}
    </Stack>
  )
}
