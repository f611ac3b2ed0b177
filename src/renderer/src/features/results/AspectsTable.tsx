import { Table, Text } from '@mantine/core'
import type { RseResults } from '../../../../shared/contract/index'
import type { RunModelInfo } from '../../lib/runs/spec-models'
import { ASPECTS, formatAspect } from './results-table'

/** The three aspect means (0-2) per student and prompt set; the overall score is derived from them. */
export function AspectsTable({ results, modelInfo }: { readonly results: RseResults; readonly modelInfo: (alias: string) => RunModelInfo }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" fz="sm" striped>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          Mean aspect scores, from 0 (dissimilar) to 2 (similar), per student and prompt set, with bootstrap 95% intervals over the prompts.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Student</Table.Th>
            <Table.Th scope="col">Prompt set</Table.Th>
            {ASPECTS.map((aspect) => (
              <Table.Th key={aspect.key} scope="col" ta="right">
                {aspect.label}
                <Text size="xs" c="dimmed" fw={400}>
                  {aspect.description}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.students.flatMap((student) =>
            student.sets.map((set) => (
              <Table.Tr key={`${student.alias}\u0000${set.name}`}>
                <Table.Th scope="row" fw={500}>
                  {modelInfo(student.alias).name}
                </Table.Th>
                <Table.Th scope="row" fw={400}>
                  {set.name}
                </Table.Th>
                {ASPECTS.map((aspect) => (
                  <Table.Td key={aspect.key} ta="right">
                    {formatAspect(set.aspects[aspect.key])}
                    {set.aspectCi?.[aspect.key] ? (
                      <Text size="xs" c="dimmed">
                        {formatAspect(set.aspectCi[aspect.key]!.low)}–{formatAspect(set.aspectCi[aspect.key]!.high)}
                      </Text>
                    ) : null}
                  </Table.Td>
                ))}
              </Table.Tr>
            )),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
