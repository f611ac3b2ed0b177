import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { useId, useState } from 'react'
import type { SeedTemplateView } from '../../../../shared/contract/ice-library'
import { ExpandableText } from '../../components/ExpandableText'
import { Pager } from '../../components/Pager'
import { formatInteger } from '../../lib/format'
import { characterCount } from '../../lib/ice-library/format'
import { ITEMS_PER_PAGE, pageOf } from '../../lib/paging'
import { ContentWarning } from './ContentWarning'

/**
 * A set's seed templates: ids, lengths and whether the placeholder is there are always shown; the
 * text only once the person has accepted the content warning (forgotten when the panel closes).
 */
export function TemplatesList({ templates }: { readonly templates: readonly SeedTemplateView[] }) {
  const headingId = useId()
  const [start, setStart] = useState(0)
  const [showText, setShowText] = useState(false)
  const page = pageOf(templates, start)
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        Templates
      </Title>
      <Text size="sm" c="dimmed">
        Each template has a place, [INSERT PROMPT HERE], where an identity question is put. A template without it is handled as the chosen preset says (skipped,
        or the question added at its end).
      </Text>
      {showText ? (
        <Group>
          <Button size="xs" variant="default" onClick={() => setShowText(false)}>
            Hide the template text
          </Button>
        </Group>
      ) : (
        <ContentWarning onAccept={() => setShowText(true)} />
      )}
      <Pager page={page} what="Templates" onMove={(direction) => setStart(start + direction * ITEMS_PER_PAGE)} />
      <Table fz="sm" verticalSpacing={6} aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Id</Table.Th>
            <Table.Th scope="col" ta="right">
              Characters
            </Table.Th>
            <Table.Th scope="col">Placeholder</Table.Th>
            {showText ? <Table.Th scope="col">Template</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.items.map((template) => (
            <Table.Tr key={template.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{template.id}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatInteger(characterCount(template.text))}
              </Table.Td>
              <Table.Td>
                {template.hasPlaceholder ? (
                  'Yes'
                ) : (
                  <Badge variant="light" color="orange" size="sm">
                    Missing
                  </Badge>
                )}
              </Table.Td>
              {showText ? (
                <Table.Td>
                  <ExpandableText text={template.text} what={`template ${template.id}`} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
