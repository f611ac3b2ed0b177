import { Button, Code, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core'
import { IconArrowsShuffle } from '@tabler/icons-react'
import { useId, useState } from 'react'
import type { PromptSet } from '../../../../shared/contract/prompt-sets'
import { ErrorAlert } from '../../components/ErrorAlert'
import { formatCount, formatInteger } from '../../lib/format'
import type { NumberValue } from '../../lib/forms'
import { DEFAULT_SEED, MAX_SEED, checkSample, defaultSampleSize, runSpecEntry, type SampleField } from './sample-form'
import { useSamplePromptSet } from './usePromptSets'

/**
 * Shows which prompts a run would ask when it uses n prompts of this set drawn with a seed. The
 * draw is the backend's (the one runs use), so what is shown here is exactly what a run gets.
 */
export function SampleHelper({ set }: { readonly set: PromptSet }) {
  const headingId = useId()
  const [n, setN] = useState<NumberValue>(() => defaultSampleSize(set.itemCount))
  const [seed, setSeed] = useState<NumberValue>(DEFAULT_SEED)
  const [errors, setErrors] = useState<Partial<Record<SampleField, string>>>({})
  const sample = useSamplePromptSet()
  const drawn = sample.data

  function draw(event: { preventDefault(): void }) {
    event.preventDefault()
    const checked = checkSample(n, seed, set.itemCount)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    sample.mutate({ id: set.id, n: checked.n, seed: checked.seed })
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        Draw a sample
      </Title>
      <Text size="sm">
        A run can ask a random sample of a set instead of all of it (the paper used 1,000 prompts of its larger sets). The draw depends only on the set, the
        number and the seed: <strong>the same seed always gives the same prompts, in the same order</strong>, so anyone with this set can repeat your run. A
        larger sample with the same seed starts with the same prompts. Run specs use exactly this draw.
      </Text>
      <form onSubmit={draw} noValidate aria-labelledby={headingId}>
        <Group align="flex-start" gap="sm">
          <NumberInput
            label="Number of prompts"
            description={`1 to ${formatInteger(set.itemCount)}`}
            value={n}
            onChange={setN}
            min={1}
            max={set.itemCount}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            error={errors.n}
            w={180}
          />
          <NumberInput
            label="Seed"
            description="Any whole number; runs use 1 unless told"
            value={seed}
            onChange={setSeed}
            min={0}
            max={MAX_SEED}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            error={errors.seed}
            w={240}
          />
          <Button type="submit" mt={{ base: 0, sm: 42 }} leftSection={<IconArrowsShuffle aria-hidden size={18} />} loading={sample.isPending}>
            Draw sample
          </Button>
        </Group>
      </form>
      {sample.isError ? <ErrorAlert title="The sample could not be drawn" error={sample.error} /> : null}
      {drawn && drawn.setId === set.id && !sample.isError ? (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Text size="sm" fw={500} role="status">
              Drew {formatCount(drawn.n, 'prompt')} of {formatInteger(drawn.of)} with seed {drawn.seed}. Their ids, in the order a run would ask them:
            </Text>
            <Group gap={6} component="ol" aria-label="Drawn prompt ids" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {drawn.ids.map((id) => (
                <li key={id}>
                  <Code>{id}</Code>
                </li>
              ))}
            </Group>
            <Text size="sm">In a run spec:</Text>
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {runSpecEntry(set, drawn.n, drawn.seed)}
            </Code>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  )
}
