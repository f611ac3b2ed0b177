import { Code, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useId } from 'react'
import { PROMPT_SET_LIMITS } from '../../../../shared/constants/prompt-set-limits'
import { formatInteger } from '../../lib/format'
import { MAX_FILE_SIZE_TEXT } from '../../lib/prompt-sets/prompt-file'
import { PAPER_SETS } from './public-sets'

/** The sets the paper used and where to find them: Distillscope does not ship public data. */
export function PaperSets() {
  const headingId = useId()
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        The paper’s prompt sets
      </Title>
      <Text size="sm" c="dimmed">
        To compare your results with the paper (Lee et al., 2025), use the same three public sets. Distillscope does not include them; get them from their
        publishers and import them here. Files can be up to {MAX_FILE_SIZE_TEXT} with up to {formatInteger(PROMPT_SET_LIMITS.maxItems)} prompts: for the large
        sets, save a sample of the prompts you need.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        {PAPER_SETS.map((set) => (
          <Paper key={set.name} withBorder p="md" component="article" aria-label={set.name}>
            <Stack gap={6}>
              <Title order={3} size="h4">
                {set.name}
              </Title>
              <Text size="sm">{set.what}</Text>
              <List size="sm" spacing={4}>
                <List.Item>
                  Where: <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>{set.address}</Code>, {set.where}.
                </List.Item>
                <List.Item>How: {set.how}</List.Item>
                <List.Item>Licence: {set.terms}</List.Item>
              </List>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  )
}
