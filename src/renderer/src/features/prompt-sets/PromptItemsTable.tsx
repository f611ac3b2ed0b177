import { Code, Table, Text } from '@mantine/core'
import type { PromptItem } from '../../../../shared/contract/prompt-sets'
import { ExpandableText } from '../../components/ExpandableText'

export interface PromptItemsTableProps {
  readonly items: readonly PromptItem[]
  /** Names the table (a heading's id). */
  readonly labelledBy?: string
  readonly label?: string
  readonly maxChars?: number
}

/** Prompts with their id and category; long prompts are cut short with "Show all". */
export function PromptItemsTable({ items, labelledBy, label, maxChars }: PromptItemsTableProps) {
  const hasCategory = items.some((item) => item.category !== undefined)
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs" fz="sm" aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={140}>
              Id
            </Table.Th>
            {hasCategory ? (
              <Table.Th scope="col" w={140}>
                Category
              </Table.Th>
            ) : null}
            <Table.Th scope="col">Prompt</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw={400} style={{ verticalAlign: 'top' }}>
                <Code style={{ overflowWrap: 'anywhere' }}>{item.id}</Code>
              </Table.Th>
              {hasCategory ? (
                <Table.Td style={{ verticalAlign: 'top' }}>
                  {item.category ?? (
                    <Text span size="sm" c="dimmed">
                      none
                    </Text>
                  )}
                </Table.Td>
              ) : null}
              <Table.Td style={{ verticalAlign: 'top' }}>
                <ExpandableText text={item.prompt} what={`prompt ${item.id}`} {...(maxChars ? { maxChars } : {})} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
