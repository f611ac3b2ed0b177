import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { MAX_HEADERS, nextRowId, type HeaderRow, type HeaderRowErrors } from '../lib/providers/header-rows'

export interface HeaderRowsFieldProps {
  readonly rows: readonly HeaderRow[]
  readonly onChange: (rows: readonly HeaderRow[]) => void
  readonly rowErrors?: Readonly<Record<number, HeaderRowErrors>>
  /** A problem with the headers as a whole (e.g. too many, or reported by the backend). */
  readonly error?: string
}

export function HeaderRowsField({ rows, onChange, rowErrors = {}, error }: HeaderRowsFieldProps) {
  const update = (id: number, patch: Partial<Omit<HeaderRow, 'id'>>) => onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)))
  return (
    <Fieldset legend="Custom headers" variant="unstyled" styles={{ legend: { fontWeight: 600 } }}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          Extra HTTP headers some gateways ask for, such as an organisation id. Never put a key here: use the API key field, where it is encrypted.
        </Text>
        {rows.map((row, index) => (
          <Group key={row.id} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              label={`Header ${index + 1} name`}
              value={row.name}
              onChange={(event) => update(row.id, { name: event.currentTarget.value })}
              error={rowErrors[row.id]?.name}
              autoComplete="off"
              spellCheck={false}
              flex={1}
            />
            <TextInput
              label={`Header ${index + 1} value`}
              value={row.value}
              onChange={(event) => update(row.id, { value: event.currentTarget.value })}
              error={rowErrors[row.id]?.value}
              autoComplete="off"
              spellCheck={false}
              flex={2}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mt={26}
              aria-label={`Remove header ${index + 1}`}
              onClick={() => onChange(rows.filter((candidate) => candidate.id !== row.id))}
            >
              <IconTrash aria-hidden size={18} />
            </ActionIcon>
          </Group>
        ))}
        {error ? (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {error}
          </Text>
        ) : null}
        <div>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconPlus aria-hidden size={16} />}
            disabled={rows.length >= MAX_HEADERS}
            onClick={() => onChange([...rows, { id: nextRowId(rows), name: '', value: '' }])}
          >
            Add header
          </Button>
        </div>
      </Stack>
    </Fieldset>
  )
}
