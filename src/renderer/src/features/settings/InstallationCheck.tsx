import { Alert, Button, Stack, Table, Text, Title } from '@mantine/core'
import { IconStethoscope } from '@tabler/icons-react'
import { useId } from 'react'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useRouteQuery } from '../../lib/useRouteQuery'
import { CheckStatusBadge } from './CheckStatusBadge'

export function InstallationCheck() {
  // Only on request: some checks touch the disk and the network.
  const doctor = useRouteQuery('app.doctor', [], { enabled: false })
  const headingId = useId()
  const report = doctor.data
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" align="flex-start">
      <Title order={2} id={headingId}>
        Installation
      </Title>
      <Text size="sm" c="dimmed">
        If something does not work, check that Distillscope can store its data and run on this computer.
      </Text>
      <Button variant="default" leftSection={<IconStethoscope aria-hidden size={18} />} loading={doctor.isFetching} onClick={() => void doctor.refetch()}>
        Check installation
      </Button>
      {doctor.isError && !doctor.isFetching ? <ErrorAlert title="The installation could not be checked" error={doctor.error} /> : null}
      {report && !doctor.isError ? (
        <Stack gap="sm" w="100%">
          <Alert color={report.healthy ? 'green' : 'yellow'} variant="light" role="status">
            {report.healthy ? 'Everything looks good.' : 'Some checks need attention. See the details below.'}
          </Alert>
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Check</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Detail</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.checks.map((check) => (
                  <Table.Tr key={check.id}>
                    <Table.Th scope="row" fw={500}>
                      {check.label}
                    </Table.Th>
                    <Table.Td>
                      <CheckStatusBadge status={check.status} />
                    </Table.Td>
                    <Table.Td>{check.detail}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      ) : null}
    </Stack>
  )
}
