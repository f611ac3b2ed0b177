import { Button, Group, Text } from '@mantine/core'
import { IconArrowsLeftRight } from '@tabler/icons-react'
import { useId } from 'react'
import { useNavigate } from 'react-router'
import { comparePath } from './compare-url'
import { selectionHint } from './selection-hint'

/**
 * The Results page's "Compare N runs": enabled from two runs, with the reason beside it when it is
 * not (a disabled button cannot be focused, so its hint is visible text, not a tooltip).
 */
export function CompareSelectionBar({ selected, onClear }: { readonly selected: readonly string[]; readonly onClear: () => void }) {
  const hintId = useId()
  const navigate = useNavigate()
  const count = selected.length
  return (
    <Group gap="sm" wrap="wrap">
      <Button
        leftSection={<IconArrowsLeftRight aria-hidden size={18} />}
        disabled={count < 2}
        aria-describedby={hintId}
        onClick={() => void navigate(comparePath(selected))}
      >
        {count < 2 ? 'Compare runs' : `Compare ${count} runs`}
      </Button>
      {count > 0 ? (
        <Button variant="subtle" size="sm" onClick={onClear}>
          Clear the selection
        </Button>
      ) : null}
      <Text size="sm" c="dimmed" id={hintId} role="status">
        {selectionHint(count)}
      </Text>
    </Group>
  )
}
