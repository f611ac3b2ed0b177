import { Alert, Button, List, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { MAX_COMPARED_RUNS } from './compare-url'

export interface AddressProblemsProps {
  /** Well-formed ids that are not runs of this data folder. */
  readonly unknown: readonly string[]
  /** Entries that cannot be run ids at all. */
  readonly malformed: readonly string[]
  /** Runs left out beyond the cap. */
  readonly dropped: number
  /** Rewrites the address with only the runs that were found. */
  readonly onClean: () => void
}

/**
 * What in the address could not be compared, by name, while the runs that were found are still
 * shown below: a deleted run or a mistyped id must not hide the rest of a comparison.
 */
export function AddressProblems({ unknown, malformed, dropped, onClean }: AddressProblemsProps) {
  const missing = [...unknown, ...malformed]
  return (
    <>
      {missing.length > 0 ? (
        <Alert
          color="orange"
          variant="light"
          title={missing.length === 1 ? 'A run in the address was not found' : 'Runs in the address were not found'}
          icon={<IconAlertTriangle aria-hidden />}
        >
          <List size="sm" spacing={2}>
            {unknown.map((id) => (
              <List.Item key={id}>No run {id} was found: it may have been deleted, or the address mistyped.</List.Item>
            ))}
            {malformed.map((entry) => (
              <List.Item key={entry}>“{entry}” is not a run id.</List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            The other runs are compared below.
          </Text>
          <Button mt="sm" size="xs" variant="default" onClick={onClean}>
            Remove what was not found from the address
          </Button>
        </Alert>
      ) : null}
      {dropped > 0 ? (
        <Alert
          color="orange"
          variant="light"
          role="note"
          title={`Only ${MAX_COMPARED_RUNS} runs are compared at a time`}
          icon={<IconAlertTriangle aria-hidden />}
        >
          The address names {dropped} more; they are left out. Compare them separately, or remove some of the first {MAX_COMPARED_RUNS}.
        </Alert>
      ) : null}
    </>
  )
}
