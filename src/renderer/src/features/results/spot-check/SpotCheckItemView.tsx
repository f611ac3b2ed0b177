import { Button, Group, Paper, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { SpotCheckItem } from '../../../../../shared/contract/index'
import { replicateName } from '../ice/replicate-labels'

const TEXT_HEIGHT = 300

function TextBlock({ label, text }: { readonly label: string; readonly text: string }) {
  return (
    <Paper withBorder p="sm">
      <Title order={4} size="h6" mb={4}>
        {label}
      </Title>
      <ScrollArea.Autosize mah={TEXT_HEIGHT}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text || '(empty)'}
        </Text>
      </ScrollArea.Autosize>
    </Paper>
  )
}

const RSE_LABELS = ['1 · very different', '2', '3', '4', '5 · the same']
const ICE_CHOICES = [
  { rating: 1, label: 'Yes: it claims another identity' },
  { rating: 0, label: 'No' },
]

/** One sampled item with the texts its judges saw (never their verdicts), and the person's choice. */
export function SpotCheckItemView({
  item,
  onRate,
  busy,
}: {
  readonly item: SpotCheckItem
  readonly onRate: (rating: number | null) => void
  readonly busy: boolean
}) {
  const choices = item.rse ? RSE_LABELS.map((label, index) => ({ rating: index + 1, label })) : ICE_CHOICES
  return (
    <Stack gap="sm">
      {item.rse ? (
        <>
          <TextBlock label="Question" text={item.rse.question} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextBlock label="Reference answer" text={item.rse.reference} />
            <TextBlock label="Answer to compare" text={item.rse.candidate} />
          </SimpleGrid>
          <Text size="sm">How alike are the two answers, in style, structure and content? (1: very different, 5: the same)</Text>
        </>
      ) : item.ice ? (
        <>
          {item.ice.replicate !== undefined && (
            // Named 1-based, as on the ICE results page (stored replicate 1 is "Replicate 2").
            <Text size="sm" c="dimmed" data-replicate={item.ice.replicate}>
              From fuzzing {replicateName(item.ice.replicate).toLowerCase()}.
            </Text>
          )}
          <TextBlock label="The model’s true identity" text={item.ice.fact} />
          <TextBlock label="Question asked" text={item.ice.question} />
          <TextBlock label="Answer" text={item.ice.answer} />
          <Text size="sm">In its own voice, does the answer claim an identity (maker or model) the fact does not name?</Text>
        </>
      ) : null}
      <Group gap="xs" role="group" aria-label="Your rating">
        {choices.map((choice) => (
          <Button
            key={choice.rating}
            variant={item.rating === choice.rating ? 'filled' : 'default'}
            aria-pressed={item.rating === choice.rating}
            disabled={busy}
            onClick={() => onRate(choice.rating)}
          >
            {choice.label}
          </Button>
        ))}
        <Button variant="subtle" disabled={busy || item.rating === undefined} onClick={() => onRate(null)}>
          Clear
        </Button>
      </Group>
    </Stack>
  )
}
