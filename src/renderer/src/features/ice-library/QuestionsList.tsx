import { Stack, Table, Text, Title } from '@mantine/core'
import { useId, useState } from 'react'
import type { IdentityQuestionView } from '../../../../shared/contract/ice-library'
import { Pager } from '../../components/Pager'
import { categoryLabel } from '../../lib/format'
import { NOT_GIVEN, questionLanguageLabel } from '../../lib/ice-library/format'
import { ITEMS_PER_PAGE, pageOf } from '../../lib/paging'

/** A set's identity questions, a page at a time, each with its aspect and language. */
export function QuestionsList({ questions }: { readonly questions: readonly IdentityQuestionView[] }) {
  const headingId = useId()
  const [start, setStart] = useState(0)
  const page = pageOf(questions, start)
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        Questions
      </Title>
      <Text size="sm" c="dimmed">
        The aspect says what a question asks about (team, cooperation, industry, technology or geography); results can be broken down by it.
      </Text>
      <Pager page={page} what="Questions" onMove={(direction) => setStart(start + direction * ITEMS_PER_PAGE)} />
      <Table fz="sm" verticalSpacing={6} aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Id</Table.Th>
            <Table.Th scope="col">Question</Table.Th>
            <Table.Th scope="col">Aspect</Table.Th>
            <Table.Th scope="col">Language</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.items.map((question) => (
            <Table.Tr key={question.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{question.id}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{question.text}</Table.Td>
              <Table.Td c={question.category ? undefined : 'dimmed'}>{categoryLabel(question.category, NOT_GIVEN)}</Table.Td>
              <Table.Td c={question.language ? undefined : 'dimmed'}>{questionLanguageLabel(question.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
