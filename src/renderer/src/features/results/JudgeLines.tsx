import { Stack } from '@mantine/core'
import { panelOf, type RseResults } from '../../../../shared/contract/index'
import { ModelRoleLine } from '../../components/ModelName'
import type { RunModelInfo } from '../../lib/runs/spec-models'

/** Who judged the run, under the reference's line: its one judge, or each judge of its panel (issue 13). */
export function JudgeLines({
  results,
  modelInfo,
}: {
  readonly results: Pick<RseResults, 'judge' | 'judges'>
  readonly modelInfo: (alias: string) => RunModelInfo
}) {
  const judges = panelOf(results)
  if (judges.length === 1) return <ModelRoleLine role="Judge" info={modelInfo(judges[0]!.alias)} />
  return (
    <Stack gap={2} aria-label={`A panel of ${judges.length} judges`}>
      {judges.map((judge, index) => (
        <ModelRoleLine key={judge.alias} role={`Judge ${index + 1} of ${judges.length}`} info={modelInfo(judge.alias)} />
      ))}
    </Stack>
  )
}
