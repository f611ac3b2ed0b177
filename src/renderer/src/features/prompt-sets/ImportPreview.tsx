import { Alert, Badge, Group, List, ScrollArea, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import { useId } from 'react'
import type { PromptSetPreview } from '../../../../shared/contract/prompt-sets'
import { formatCount, formatInteger } from '../../lib/format'
import { FORMAT_LABELS, PROBLEM_LEVEL_COLORS, PROBLEM_LEVEL_LABELS, formatDuplicate, formatProblem, problemListCaption } from './format'
import type { Readiness } from './import-form'
import { PromptItemsTable } from './PromptItemsTable'

export interface ImportPreviewProps {
  readonly preview: PromptSetPreview
  readonly readiness: Readiness
  readonly keepDuplicates: boolean
  /** True while a new preview (another mapping) is on its way; this one stays on screen. */
  readonly updating: boolean
}

/** What the backend found in the file, before anything is saved. */
export function ImportPreview({ preview, readiness, keepDuplicates, updating }: ImportPreviewProps) {
  const headingId = useId()
  const problemsId = useId()
  const duplicatesId = useId()
  const itemsId = useId()
  const facts: [string, string][] = [
    ['File', `${preview.fileName} (${FORMAT_LABELS[preview.format]})`],
    ['Layout', preview.shapeLabel],
    ['Records read', formatInteger(preview.totalRecords)],
    ['Prompts found', formatInteger(preview.itemCount + (keepDuplicates ? preview.duplicateCount : 0))],
    ['Duplicates', preview.duplicateCount === 0 ? 'None' : `${formatInteger(preview.duplicateCount)} (${keepDuplicates ? 'will be kept' : 'will be skipped'})`],
    ['Unusable records', formatInteger(preview.invalidCount)],
  ]
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" aria-busy={updating}>
      <Title order={3} id={headingId}>
        What Distillscope found
      </Title>
      <Table variant="vertical" fz="sm" withTableBorder aria-labelledby={headingId}>
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={180} fw={500}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <ReadinessAlert readiness={readiness} preview={preview} keepDuplicates={keepDuplicates} />

      {preview.problems.length > 0 ? (
        <Stack component="section" aria-labelledby={problemsId} gap={6}>
          <Title order={4} id={problemsId}>
            Problems
          </Title>
          <Text size="sm" c="dimmed">
            {problemListCaption(preview.problems.length, preview.problemCount)}. Line numbers are as a text editor shows them.
          </Text>
          <ScrollArea.Autosize mah={240} type="auto" offsetScrollbars>
            <List size="sm" spacing={6} listStyleType="none" aria-label="Problems in the file">
              {preview.problems.map((problem, index) => (
                <List.Item key={`${index}-${problem.message}`}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Badge variant="light" color={PROBLEM_LEVEL_COLORS[problem.level]} size="sm" style={{ flexShrink: 0 }}>
                      {PROBLEM_LEVEL_LABELS[problem.level]}
                    </Badge>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {formatProblem(problem)}
                    </Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </Stack>
      ) : null}

      {preview.duplicateCount > 0 ? (
        <Stack component="section" aria-labelledby={duplicatesId} gap={6}>
          <Title order={4} id={duplicatesId}>
            Duplicates
          </Title>
          <Text size="sm" c="dimmed">
            {formatCount(preview.duplicateCount, 'prompt')} {preview.duplicateCount === 1 ? 'repeats' : 'repeat'} an earlier prompt’s text (ignoring capitals
            and spacing). {keepDuplicates ? 'They will be kept, as you chose.' : 'They will be skipped, so no question counts twice.'}
            {preview.duplicates.length < preview.duplicateCount ? ` The first ${preview.duplicates.length} are listed.` : ''}
          </Text>
          <ScrollArea.Autosize mah={160} type="auto" offsetScrollbars>
            <List size="sm" spacing={2} aria-label="Duplicate prompts">
              {preview.duplicates.map((duplicate) => (
                <List.Item key={`${duplicate.id}-${duplicate.line ?? ''}`}>{formatDuplicate(duplicate)}</List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </Stack>
      ) : null}

      {preview.items.length > 0 ? (
        <Stack component="section" aria-labelledby={itemsId} gap={6}>
          <Title order={4} id={itemsId}>
            First prompts
          </Title>
          <PromptItemsTable items={preview.items} labelledBy={itemsId} maxChars={160} />
        </Stack>
      ) : null}
    </Stack>
  )
}

function ReadinessAlert({
  readiness,
  preview,
  keepDuplicates,
}: {
  readonly readiness: Readiness
  readonly preview: PromptSetPreview
  readonly keepDuplicates: boolean
}) {
  if (readiness.kind === 'ready') {
    const skipped = !keepDuplicates && preview.duplicateCount > 0 ? ` ${formatCount(preview.duplicateCount, 'duplicate')} will be skipped.` : ''
    return (
      <Alert
        color="green"
        variant="light"
        role="status"
        icon={<IconCircleCheck aria-hidden />}
        title={`Ready to import ${formatCount(readiness.count, 'prompt')}`}
      >
        Check the name and details below, then choose Import.{skipped}
      </Alert>
    )
  }
  if (readiness.fixable === 'mapping') {
    return (
      <Alert color="yellow" variant="light" role="status" icon={<IconAlertTriangle aria-hidden />} title="Choose the field that holds the prompts">
        {readiness.reason} The field mapping is above; this preview updates as soon as you choose.
      </Alert>
    )
  }
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title="This file cannot be imported as it is">
      {readiness.reason}
      {readiness.fixable === 'file' ? ' Fix the file and choose it again.' : ''} Nothing is imported from a file with problems like this.
    </Alert>
  )
}
