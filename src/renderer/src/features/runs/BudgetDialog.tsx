import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useState } from 'react'
import type { RunSummary } from '../../../../shared/contract/index'
import { userMessage } from '../../lib/api'

export interface BudgetDialogProps {
  readonly run: RunSummary | null
  readonly pending: boolean
  readonly error: unknown
  onClose(): void
  onResume(run: RunSummary, budgetUsd: number): void
}

/** A run paused by its budget resumes only with a higher one, which the person types here. */
export function BudgetDialog({ run, pending, error, onClose, onResume }: BudgetDialogProps) {
  const [budget, setBudget] = useState<string | number>('')
  const value = typeof budget === 'number' ? budget : Number.NaN
  const valid = Number.isFinite(value) && value > 0
  return (
    <Modal opened={run !== null} onClose={onClose} title={`Raise the budget of ${run?.name ?? 'this run'}`}>
      <Stack gap="md">
        <Text size="sm">
          This run stopped when its spending reached its budget. Everything answered so far is kept and will not be paid for again. Set a higher budget to
          continue.
        </Text>
        <NumberInput label="New budget in US$" value={budget} onChange={setBudget} min={0} decimalScale={2} prefix="$" allowNegative={false} data-autofocus />
        {error ? (
          <Alert color="red" variant="light" title="The run was not resumed" icon={<IconAlertCircle aria-hidden />}>
            {userMessage(error)}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Keep it paused
          </Button>
          <Button disabled={!valid} loading={pending} onClick={() => run && valid && onResume(run, value)}>
            Resume with this budget
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
