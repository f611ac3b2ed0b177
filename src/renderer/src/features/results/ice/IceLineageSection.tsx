import { NativeSelect, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { IceTemplateNode } from '../../../../../shared/contract/index'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useIceTree } from '../../../lib/data/useIceResults'
import { LineageTree } from './LineageTree'
import { replicateOptions, type ReplicateChoice } from './replicate-labels'

export interface IceLineageSectionProps {
  readonly runId: string
  /** The run's status: another replicate's tree is read again while it runs. */
  readonly status: string
  /** Replicate 0's tree (the results'). */
  readonly templates: readonly IceTemplateNode[]
  /** The run's fuzzing replicates; empty for a run of one, which shows its one tree as always. */
  readonly replicates: readonly ReplicateChoice[]
  /** Shows the answers to one template of one replicate in the attack rows below. */
  readonly onShowAnswers: (nodeId: number, replicate: number) => void
}

/**
 * The template lineage, and for a run of two or more fuzzing replicates a choice of whose: each
 * replicate fuzzed with its own seed and grew its own tree (issue 16). Replicate 0's comes with the
 * results; another's is read when chosen.
 */
export function IceLineageSection({ runId, status, templates, replicates, onShowAnswers }: IceLineageSectionProps) {
  const [replicate, setReplicate] = useState(0)
  const several = replicates.length > 1
  const tree = useIceTree(runId, replicate, several && replicate > 0, status)
  const shown = replicate === 0 ? templates : tree.data?.templates
  return (
    <Stack gap="sm">
      {several ? (
        <NativeSelect
          label="Tree of"
          description="Each fuzzing replicate started from the same seeds with its own seed, and grew its own tree."
          value={String(replicate)}
          onChange={(event) => setReplicate(Number(event.currentTarget.value))}
          data={replicateOptions(replicates)}
          maw={420}
        />
      ) : null}
      {replicate > 0 && tree.isError ? (
        <ErrorAlert title="Could not load this replicate’s tree" error={tree.error} onRetry={() => void tree.refetch()} retrying={tree.isFetching} />
      ) : shown === undefined ? (
        <Text size="sm" c="dimmed" role="status">
          Loading this replicate’s tree…
        </Text>
      ) : (
        // Keyed by replicate: another replicate's template 3 is another template, its open text included.
        <LineageTree key={replicate} runId={runId} templates={shown} replicate={replicate} onShowAnswers={(nodeId) => onShowAnswers(nodeId, replicate)} />
      )}
    </Stack>
  )
}
