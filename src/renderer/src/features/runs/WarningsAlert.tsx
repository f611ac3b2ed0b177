import { Alert, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'

/** Advice about the choices made (a judge that is also a student...): shown, never blocking. Nothing when there is none. */
export function WarningsAlert({ title, warnings }: { readonly title: string; readonly warnings: readonly string[] }) {
  if (warnings.length === 0) return null
  return (
    <Alert color="yellow" variant="light" role="status" title={title} icon={<IconAlertTriangle aria-hidden />}>
      <Stack gap={4}>
        {warnings.map((warning) => (
          <Text key={warning} size="sm">
            {warning}
          </Text>
        ))}
      </Stack>
    </Alert>
  )
}
