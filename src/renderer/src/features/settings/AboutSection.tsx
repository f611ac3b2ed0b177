import { Code, DataList, Stack, Text, Title } from '@mantine/core'
import { useId } from 'react'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useRouteQuery } from '../../lib/useRouteQuery'

export function AboutSection() {
  const info = useRouteQuery('app.info', [])
  const headingId = useId()
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        About
      </Title>
      {info.isError ? (
        <ErrorAlert
          title="Could not load information about this installation"
          error={info.error}
          onRetry={() => void info.refetch()}
          retrying={info.isFetching}
        />
      ) : info.data ? (
        <DataList labelWidth="14rem">
          <DataList.Item>
            <DataList.ItemLabel>Version</DataList.ItemLabel>
            <DataList.ItemValue>{info.data.version}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Data folder</DataList.ItemLabel>
            <DataList.ItemValue>
              <Code style={{ wordBreak: 'break-all' }}>{info.data.dataDir}</Code>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Database schema version</DataList.ItemLabel>
            <DataList.ItemValue>{info.data.schemaVersion}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      ) : (
        <Text size="sm" c="dimmed" role="status">
          Loading…
        </Text>
      )}
    </Stack>
  )
}
