import { Anchor, Group, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useRef, useState } from 'react'
import { Link } from 'react-router'
import type { IceResults, RunDetail } from '../../../../../shared/contract/index'
import { ICE_CATEGORIES, ICE_LANGUAGES, MUTATOR_NAMES } from '../../../../../shared/ice/names'
import { ErrorAlert } from '../../../components/ErrorAlert'
import { useModels, useModelsSync } from '../../../lib/data/useModels'
import { useProviders } from '../../../lib/data/useProviders'
import { judgeSemanticsLabel, mutatorLabel, policyLabel, presetLabel } from '../../../lib/runs/ice-labels'
import { TermLabel } from './TermLabel'
import { RESULTS_PATH, runPath } from '../../../lib/runs/paths'
import { RunStatusBadge } from '../../../components/RunStatusBadge'
import { runModelInfo, type RunModelInfo } from '../../../lib/runs/spec-models'
import { CollapsibleSection } from '../../../components/CollapsibleSection'
import { ModelVersionsNotice } from '../ModelVersionsNotice'
import { RunWarningsBanner } from '../RunWarningsBanner'
import { ResultsNotices } from '../ResultsNotices'
import { ResultsFreshness } from '../ResultsFreshness'
import { ContentWarningProvider } from './ContentWarning'
import { breakdownRows } from './ice-results-format'
import { IceBreakdownTable } from './IceBreakdownTable'
import { IceRowsSection } from './IceRowsSection'
import { IceScoresSection } from './IceScoresSection'
import { IceLineageSection } from './IceLineageSection'
import { replicateChoices } from './replicate-labels'
import { NO_ROW_FILTERS, type RowFilterValues } from './RowFilters'
import { useIceResults } from '../../../lib/data/useIceResults'
import { categoryLabel, languageLabel } from '../../../lib/format'
import { RejudgedFrom } from '../../../components/RejudgedFrom'
import { RejudgeButton } from '../RejudgeDialog'
import { SpotCheckButton } from '../spot-check/SpotCheckDialog'

/** `#/results/:runId` for an ICE run: the scores, their breakdowns, the template tree and every answer. */
export function IceResultsView({ run }: { readonly run: RunDetail }) {
  useModelsSync()
  const results = useIceResults(run.id)
  const models = useModels()
  const providers = useProviders()
  // The answers' filters and page live here: the lineage's "Answers" button sets them too.
  const [rowsView, setRowsView] = useState<{ filters: RowFilterValues; page: number }>({ filters: NO_ROW_FILTERS, page: 1 })
  const rowsHeading = useRef<HTMLHeadingElement>(null)

  const back = (
    <Anchor component={Link} to={RESULTS_PATH} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft aria-hidden size={16} />
        All results
      </Group>
    </Anchor>
  )
  if (!results.data) {
    return (
      <Stack gap="lg">
        {back}
        <Title order={1}>Results: {run.name}</Title>
        {results.error ? (
          <ErrorAlert title="Could not load these results" error={results.error} onRetry={() => void results.refetch()} retrying={results.isFetching} />
        ) : (
          <Text c="dimmed" role="status">
            Loading the results…
          </Text>
        )}
      </Stack>
    )
  }

  const data = results.data
  const info = modelResolver(run, data, models.data ?? [], providers.data ?? [])
  const target = info(data.target.alias)
  const judge = info(data.judge.alias)
  // Results stored before panels have no `judges`: their one judge is `judge`.
  const judgeAliases = (data.judges ?? [data.judge]).map((entry) => entry.alias)
  const judges = judgeAliases.map(info)
  const simulated = [data.target.alias, data.helper.alias, ...judgeAliases].some((alias) => info(alias).simulated)
  const strictRan = run.spec.kind !== 'ice' || run.spec.strict
  const replicates = replicateChoices(data)

  return (
    <ContentWarningProvider>
      <Stack gap="lg">
        {back}
        <Stack gap={6}>
          <Title order={1}>Results: {run.name}</Title>
          <Group gap="sm" wrap="wrap">
            <RunStatusBadge status={data.status} />
            <Text size="sm" c="dimmed">
              <TermLabel text={presetLabel(data.preset)} /> · judge: <TermLabel text={judgeSemanticsLabel(data.judgeSemantics)} /> ·{' '}
              <TermLabel text={policyLabel(data.selection)} /> · helper {info(data.helper.alias).name}
            </Text>
            <Anchor component={Link} to={runPath(run.id)} size="sm">
              Run details and progress
            </Anchor>
            <RejudgedFrom originalId={run.rejudgeOf} />
            <RejudgeButton run={run} answers={data.scores.rows - data.scores.targetErrors} maxCallsPerAnswer={strictRan ? 4 : 2} />
            <SpotCheckButton runId={run.id} runSeed={run.spec.seed} running={data.status === 'running'} judgeName={(alias) => info(alias).name} />
          </Group>
          <ResultsFreshness computedAt={data.computedAt} refreshing={data.refreshing} />
        </Stack>
        <ResultsNotices
          status={data.status}
          simulated={simulated}
          generated="answers and verdicts"
          partial={{
            running: 'These figures cover the answers judged so far and refresh as the run goes on.',
            stopped: 'These figures cover the answers judged before the run stopped; fewer answers mean wider intervals.',
          }}
        />

        <RunWarningsBanner warnings={data.warnings} unreadable={data.unreadable} />
        <ModelVersionsNotice versions={data.modelVersions} />

        <IceScoresSection data={data} target={target} judge={judge} judges={judges} simulated={simulated} strictRan={strictRan} />

        <CollapsibleSection title="By question category and language">
          <Stack gap="md">
            <IceBreakdownTable
              rows={breakdownRows(data.byCategory, categoryLabel, ICE_CATEGORIES)}
              groupLabel="Category"
              caption="By what the question asks about"
            />
            <IceBreakdownTable rows={breakdownRows(data.byLanguage, languageLabel, ICE_LANGUAGES)} groupLabel="Language" caption="By the question’s language" />
            <IceBreakdownTable
              rows={breakdownRows(data.byMutator, mutatorLabel, MUTATOR_NAMES)}
              groupLabel="Mutation"
              caption="By how the template was rewritten"
            />
          </Stack>
        </CollapsibleSection>

        <CollapsibleSection title="Template lineage">
          <IceLineageSection
            runId={run.id}
            status={data.status}
            templates={data.templates}
            replicates={replicates}
            onShowAnswers={(nodeId, replicate) => {
              // A run of one replicate names none, as before.
              setRowsView({ filters: { ...NO_ROW_FILTERS, mutantId: String(nodeId), replicate: replicates.length > 1 ? String(replicate) : '' }, page: 1 })
              rowsHeading.current?.focus()
            }}
          />
        </CollapsibleSection>

        <IceRowsSection
          runId={run.id}
          status={data.status}
          templates={data.templates}
          replicates={replicates}
          filters={rowsView.filters}
          onFilters={(filters) => setRowsView({ filters, page: 1 })}
          page={rowsView.page}
          onPage={(page) => setRowsView((current) => ({ ...current, page }))}
          headingRef={rowsHeading}
        />
      </Stack>
    </ContentWarningProvider>
  )
}

/** Names from the saved models where they still exist; the results' model ids otherwise. */
function modelResolver(run: RunDetail, data: IceResults, models: Parameters<typeof runModelInfo>[2], providers: Parameters<typeof runModelInfo>[3]) {
  const fromResults = new Map<string, string>([data.target, data.helper, data.judge, ...(data.judges ?? [])].map((role) => [role.alias, role.model]))
  return (alias: string): RunModelInfo => {
    const info = runModelInfo(run.spec, alias, models, providers)
    return info.model === undefined && fromResults.has(alias) ? { ...info, model: fromResults.get(alias)! } : info
  }
}
