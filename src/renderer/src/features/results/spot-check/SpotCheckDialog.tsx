import { Button, Group, Modal, NumberInput, Progress, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { DEFAULT_SPOT_CHECK_ITEMS, MAX_SPOT_CHECK_ITEMS } from '../../../../../shared/contract/spot-check'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { userMessage } from '../../../lib/api'
import { useRateItem, useSpotCheckSample, useSpotCheckSummary } from '../../../lib/data/useSpotCheck'
import { SpotCheckAgreementTable } from './SpotCheckAgreementTable'
import { SpotCheckItemView } from './SpotCheckItemView'

export interface SpotCheckDialogProps {
  readonly runId: string
  /** The run's seed: the sample's default, so two people checking the same run rate the same items. */
  readonly runSeed: number
  readonly opened: boolean
  readonly onClose: () => void
  /** A judge's name as the results page shows it (a saved model's name), from its alias. */
  readonly judgeName: (alias: string) => string
}

const whole = (value: string | number, fallback: number) => (typeof value === 'number' && Number.isInteger(value) ? value : fallback)

/**
 * "Rate items yourself" (issue 13 item 6): the person draws a seeded sample, rates each item without
 * seeing the judges' verdicts, and sees how far each judge agrees with them. Every rating is saved
 * the moment it is given, so closing the dialog loses nothing.
 */
export function SpotCheckDialog({ runId, runSeed, opened, onClose, judgeName }: SpotCheckDialogProps) {
  const [count, setCount] = useState<string | number>(DEFAULT_SPOT_CHECK_ITEMS)
  const [seed, setSeed] = useState<string | number>(runSeed)
  const [draw, setDraw] = useState<{ count: number; seed: number } | undefined>(undefined)
  const [index, setIndex] = useState(0)
  const sample = useSpotCheckSample(runId, draw)
  const summary = useSpotCheckSummary(runId, opened)
  const rate = useRateItem(runId)
  const items = sample.data?.items ?? []
  const item = items[Math.min(index, items.length - 1)]
  const rated = items.filter((each) => each.rating !== undefined).length
  const countValid = whole(count, 0) >= 1 && whole(count, 0) <= MAX_SPOT_CHECK_ITEMS
  const seedValid = whole(seed, -1) >= 0

  return (
    <Modal opened={opened} onClose={onClose} title="Rate items yourself" size={1000}>
      <Stack gap="md">
        {draw === undefined ? (
          <>
            <Text size="sm">
              Distillscope draws a sample of this run’s judged items with a seed, shows each one without the judges’ verdicts, and measures each judge against
              your ratings. Your ratings are kept with the run and go into its paper package.
            </Text>
            <Group align="flex-end">
              <NumberInput
                label="Items to rate"
                min={1}
                max={MAX_SPOT_CHECK_ITEMS}
                value={count}
                onChange={setCount}
                error={countValid ? undefined : `Enter a number from 1 to ${MAX_SPOT_CHECK_ITEMS}`}
                w={160}
              />
              <NumberInput label="Seed" min={0} value={seed} onChange={setSeed} error={seedValid ? undefined : 'Enter a whole number'} w={160} />
              <Button
                disabled={!countValid || !seedValid}
                onClick={() => {
                  setIndex(0)
                  setDraw({ count: whole(count, DEFAULT_SPOT_CHECK_ITEMS), seed: whole(seed, runSeed) })
                }}
              >
                Draw the sample
              </Button>
            </Group>
          </>
        ) : sample.isError ? (
          <ErrorAlert title="The sample could not be drawn" error={sample.error} onRetry={() => void sample.refetch()} />
        ) : sample.isPending ? (
          <Text c="dimmed">Drawing the sample…</Text>
        ) : item === undefined ? (
          <Text>This run has no judged items to rate.</Text>
        ) : (
          <>
            <Group justify="space-between">
              <Text size="sm" role="status">
                Item {Math.min(index, items.length - 1) + 1} of {items.length} · {rated} rated
                {sample.data && sample.data.available > items.length ? ` (drawn from ${sample.data.available})` : ''}
              </Text>
              <Button variant="subtle" size="xs" onClick={() => setDraw(undefined)}>
                Draw another sample
              </Button>
            </Group>
            <Progress value={(100 * rated) / items.length} aria-label="Items rated" />
            <SpotCheckItemView key={item.key} item={item} busy={rate.isPending} onRate={(rating) => rate.mutate({ key: item.key, rating })} />
            {rate.isError ? (
              <Text size="sm" c="red" role="alert">
                {userMessage(rate.error)}
              </Text>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" disabled={index === 0} onClick={() => setIndex((current) => current - 1)}>
                Previous item
              </Button>
              <Button variant="default" disabled={index >= items.length - 1} onClick={() => setIndex((current) => current + 1)}>
                Next item
              </Button>
            </Group>
          </>
        )}
        <Title order={3} size="h5">
          Your agreement with the judges
        </Title>
        {summary.data ? (
          <SpotCheckAgreementTable summary={summary.data} judgeName={judgeName} />
        ) : summary.isError ? (
          <ErrorAlert title="No summary" error={summary.error} />
        ) : null}
        <Group justify="flex-end">
          <Button onClick={onClose}>Close</Button>
        </Group>
      </Stack>
    </Modal>
  )
}

/** The button that opens the dialog; shown once the run has stopped (its items no longer change). */
export function SpotCheckButton({
  runId,
  runSeed,
  running,
  judgeName,
}: {
  readonly runId: string
  readonly runSeed: number
  readonly running: boolean
  readonly judgeName: (alias: string) => string
}) {
  const [opened, setOpened] = useState(false)
  if (running) return null
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        Rate items yourself
      </Button>
      {opened ? <SpotCheckDialog runId={runId} runSeed={runSeed} opened onClose={() => setOpened(false)} judgeName={judgeName} /> : null}
    </>
  )
}
