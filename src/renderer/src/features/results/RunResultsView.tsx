import { Anchor, Group, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useId, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { panelOf, type RseResults, type RunDetail } from '../../../../shared/contract/index'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useModels, useModelsSync } from '../../lib/data/useModels'
import { useProviders } from '../../lib/data/useProviders'
import { RESULTS_PATH, runPath } from '../../lib/runs/paths'
import { ModelRoleLine } from '../../components/ModelName'
import { RunStatusBadge } from '../../components/RunStatusBadge'
import { runModelInfo, type RunModelInfo } from '../../lib/runs/spec-models'
import { useRun, useRunsSync } from '../../lib/data/useRuns'
import { AspectsTable } from './AspectsTable'
import { JudgeLines } from './JudgeLines'
import { JudgesTable } from './JudgesTable'
import { ModelVersionsNotice } from './ModelVersionsNotice'
import { RunWarningsBanner } from './RunWarningsBanner'
import { ResultsNotices } from './ResultsNotices'
import { ResultsFreshness } from './ResultsFreshness'
import { CollapsibleSection } from '../../components/CollapsibleSection'
import { PairsMatrix } from './PairsMatrix'
import { ItemsSection } from './ItemsSection'
import { comparePaper } from './paper'
import { PaperComparison } from './PaperComparison'
import { DEFAULT_SORT, nextSort, type SortState } from './results-table'
import { ResultsTable, type Selection } from './ResultsTable'
import { useRseResults } from '../../lib/data/useResults'
import { formatUsd } from '../../lib/format'
import { requestsText } from '../../lib/runs/run-format'
import { RejudgedFrom } from '../../components/RejudgedFrom'
import { RejudgeButton, judgedAnswers } from './RejudgeDialog'
import { SpotCheckButton } from './spot-check/SpotCheckDialog'
import { RseChecksSections } from './rse-checks/RseChecksSections'

/** `#/results/:runId`: one run's table in the paper's layout, its aspects, the paper's table and the drill-down. */
export function RunResultsView({ runId }: { readonly runId: string }) {
  useRunsSync()
  useModelsSync()
  const results = useRseResults(runId)
  const run = useRun(runId)
  const models = useModels()
  const providers = useProviders()
  const [params, setParams] = useSearchParams()
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT)

  const back = (
    <Anchor component={Link} to={RESULTS_PATH} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft aria-hidden size={16} />
        All results
      </Group>
    </Anchor>
  )

  const error = results.error ?? run.error
  if (error) {
    return (
      <Stack gap="lg">
        {back}
        <Title order={1}>Results</Title>
        {error.code === 'not_found' ? (
          <Text>This run no longer exists. It may have been deleted.</Text>
        ) : (
          <ErrorAlert
            title="Could not load these results"
            error={error}
            onRetry={() => {
              void results.refetch()
              void run.refetch()
            }}
            retrying={results.isFetching || run.isFetching}
          />
        )}
      </Stack>
    )
  }
  if (!results.data || !run.data) {
    return (
      <Stack gap="lg">
        {back}
        <Title order={1}>Results</Title>
        <Text c="dimmed" role="status">
          Loading the results…
        </Text>
      </Stack>
    )
  }

  const data = results.data
  const detail = run.data
  const modelInfo = infoResolver(detail, data, models.data ?? [], providers.data ?? [])
  const reference = modelInfo(data.reference.alias)
  const judge = modelInfo(data.judge.alias)
  const judges = panelOf(data)
  const anySimulated = [data.reference.alias, ...judges.map((entry) => entry.alias), ...data.students.map((student) => student.alias)].some(
    (alias) => modelInfo(alias).simulated,
  )
  const student = params.get('student')
  const selection: Selection | undefined =
    student !== null && data.students.some((candidate) => candidate.alias === student)
      ? { student, ...(params.get('set') !== null ? { set: params.get('set')! } : {}) }
      : undefined
  const select = (next: Selection | undefined) =>
    setParams(next ? { student: next.student, ...(next.set === undefined ? {} : { set: next.set }) } : {}, { replace: true })

  return (
    <Stack gap="lg">
      {back}
      <Stack gap={6}>
        <Title order={1}>Results: {detail.name}</Title>
        <Group gap="sm" wrap="wrap">
          <RunStatusBadge status={data.status} />
          <Anchor component={Link} to={runPath(detail.id)} size="sm">
            Run details and progress
          </Anchor>
          <RejudgedFrom originalId={detail.rejudgeOf} />
          <RejudgeButton run={detail} answers={judgedAnswers(data)} maxCallsPerAnswer={2} />
          <SpotCheckButton runId={detail.id} runSeed={detail.spec.seed} running={data.status === 'running'} judgeName={(alias) => modelInfo(alias).name} />
        </Group>
        <ResultsFreshness computedAt={data.computedAt} refreshing={data.refreshing} />
      </Stack>

      <ResultsNotices
        status={data.status}
        simulated={anySimulated}
        generated="answers and scores"
        partial={{
          running: 'The table shows what has been scored so far and refreshes as the run goes on.',
          stopped: 'The table shows what was scored before the run stopped; means over fewer items have wider intervals.',
        }}
      />

      <RunWarningsBanner warnings={data.warnings} unreadable={data.unreadable} />
      <ModelVersionsNotice versions={data.modelVersions} />

      <ScoresSection
        data={data}
        modelInfo={modelInfo}
        reference={reference}
        sort={sort}
        onSort={(column) => setSort((current) => nextSort(current, column))}
        selection={selection}
        onSelect={select}
      />

      {selection ? (
        <ItemsSection
          key={`${selection.student}\u0000${selection.set ?? ''}`}
          runId={runId}
          selection={selection}
          reference={reference}
          modelInfo={modelInfo}
          onClose={() => select(undefined)}
        />
      ) : null}

      <RseChecksSections results={data} modelInfo={modelInfo} />

      {data.perJudge?.length ? (
        <CollapsibleSection title="Scores by judge">
          <Text size="sm" mb="sm">
            Each item&apos;s score above is the mean of its judges&apos; readable scores. Here each judge&apos;s Avg is computed from its scores alone, beside
            the panel&apos;s; open an item to see every judge&apos;s scores and reply.
          </Text>
          <JudgesTable results={data} modelInfo={modelInfo} />
        </CollapsibleSection>
      ) : null}

      <CollapsibleSection title="Differences between students">
        <Text size="sm" mb="sm">
          Two students&apos; intervals can overlap while their difference is still clear: both were judged on the same prompts, so the difference is resampled
          with the same prompts for both. Read the difference, not the overlap.
        </Text>
        <PairsMatrix results={data} modelInfo={modelInfo} />
      </CollapsibleSection>

      <CollapsibleSection title="Aspect scores (style, structure, content)">
        <Text size="sm" mb="sm">
          The judge also scores three aspects from 0 to 2; its overall score follows from them. Style is tone, word choice, punctuation and formality; structure
          is the order of ideas and the shape of the reasoning; content is the same knowledge points and examples, to the same depth.
        </Text>
        <AspectsTable results={data} modelInfo={modelInfo} />
      </CollapsibleSection>

      <CollapsibleSection title="Compare with the paper">
        <PaperComparison
          comparison={comparePaper({
            referenceModel: reference.model ?? data.reference.model,
            judgeModel: judge.model ?? data.judge.model,
            sets: data.sets,
            simulated: anySimulated,
            ...(data.rubric ? { rubric: data.rubric } : {}),
            ...(data.judgePromptEdited !== undefined ? { judgePromptEdited: data.judgePromptEdited } : {}),
          })}
        />
      </CollapsibleSection>
    </Stack>
  )
}

function ScoresSection({
  data,
  modelInfo,
  reference,
  sort,
  onSort,
  selection,
  onSelect,
}: {
  readonly data: RseResults
  readonly modelInfo: (alias: string) => RunModelInfo
  readonly reference: RunModelInfo
  readonly sort: SortState
  readonly onSort: Parameters<typeof ResultsTable>[0]['onSort']
  readonly selection: Selection | undefined
  readonly onSelect: (selection: Selection) => void
}) {
  const headingId = useId()
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        Response similarity (RSE)
      </Title>
      <Stack gap={2}>
        <ModelRoleLine role="Reference" info={reference} />
        <JudgeLines results={data} modelInfo={modelInfo} />
      </Stack>
      <ResultsTable results={data} modelInfo={modelInfo} sort={sort} onSort={onSort} selected={selection} onSelect={onSelect} />
      <Text size="sm" c="dimmed">
        {requestsText(data.calls)} · Cost: {formatUsd(data.costUsd)}
      </Text>
    </Stack>
  )
}

/** Names from the saved models where they still exist; the results' model ids otherwise. */
function infoResolver(detail: RunDetail, data: RseResults, models: Parameters<typeof runModelInfo>[2], providers: Parameters<typeof runModelInfo>[3]) {
  const fromResults = new Map<string, string>([
    [data.reference.alias, data.reference.model],
    ...panelOf(data).map((judge): [string, string] => [judge.alias, judge.model]),
    ...data.students.map((student): [string, string] => [student.alias, student.model]),
  ])
  return (alias: string): RunModelInfo => {
    const info = runModelInfo(detail.spec, alias, models, providers)
    return info.model === undefined && fromResults.has(alias) ? { ...info, model: fromResults.get(alias)! } : info
  }
}
