import { Alert, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ModelVersions } from '../../../../shared/contract/index'
import { formatInteger } from '../../lib/format'

/** "ref: gpt-4o-2024-08-06 (412 calls)", the versions a model's provider reported. */
export function versionsText(entry: ModelVersions): string {
  const named = entry.versions.filter((version) => version.model !== null)
  return `${entry.alias}: ${named.map((version) => `${version.model}${version.fingerprint ? ` [${version.fingerprint}]` : ''} (${formatInteger(version.calls)} calls)`).join(', ')}`
}

/**
 * What the providers reported answering (issue 15 item 5): a warning when a model's reported
 * version changed during the run, otherwise one quiet line for the record.
 */
export function ModelVersionsNotice({ versions }: { readonly versions: readonly ModelVersions[] | undefined }) {
  const reported = (versions ?? []).filter((entry) => entry.versions.some((version) => version.model !== null))
  if (reported.length === 0) return null
  const changed = reported.filter((entry) => entry.changed)
  if (changed.length > 0) {
    return (
      <Alert
        color="yellow"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title="A model changed version during the run"
        data-testid="model-version-changed"
      >
        <Text size="sm">The provider reported more than one model version, so the answers may not all come from the same model:</Text>
        {changed.map((entry) => (
          <Text key={entry.alias} size="sm">
            {versionsText(entry)}
          </Text>
        ))}
      </Alert>
    )
  }
  return (
    <Text size="xs" c="dimmed" data-testid="model-versions">
      Model versions the providers reported: {reported.map(versionsText).join('; ')}.
    </Text>
  )
}
