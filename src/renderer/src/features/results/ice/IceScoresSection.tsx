import { Anchor, List, NativeSelect, Stack, Text, Title } from '@mantine/core'
import { useId, useState } from 'react'
import type { IceResults } from '../../../../../shared/contract/index'
import { PAPER_ICE_TABLE } from '../../../../../shared/paper/ice-table'
import { ModelRoleLine } from '../../../components/ModelName'
import { formatInteger, formatUsd } from '../../../lib/format'
import { requestsText } from '../../../lib/runs/run-format'
import type { RunModelInfo } from '../../../lib/runs/spec-models'
import { fuzzSummary, ICE_INTERVAL_EXPLANATION, paperRow, paperNotes, splitNote, unjudgedNote } from './ice-results-format'
import { IcePanelTable } from './IcePanelTable'
import { IceReplicatesTable } from './IceReplicatesTable'
import { IceScoresTable } from './IceScoresTable'
import { AGREEMENT_SCALE, iceAgreementSentence } from '../../../../../shared/judges/agreement-words'

export interface IceScoresSectionProps {
  readonly data: IceResults
  readonly target: RunModelInfo
  readonly judge: RunModelInfo
  /** Every judge of the panel, in the spec's order (just `judge` for one). */
  readonly judges: readonly RunModelInfo[]
  readonly simulated: boolean
  readonly strictRan: boolean
}

/** The run's headline: loose, strict and hard over every answer, optionally beside one of the paper's models. */
export function IceScoresSection({ data, target, judge, judges, simulated, strictRan }: IceScoresSectionProps) {
  const headingId = useId()
  const [paperModel, setPaperModel] = useState('')
  const paper = paperRow(paperModel)
  const note = unjudgedNote(data.scores)
  const panel = judges.length > 1
  const splits = splitNote(data.scores)
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        Identity consistency (ICE)
      </Title>
      <Stack gap={2}>
        <ModelRoleLine role="Target" info={target} />
        <Text size="sm" fs="italic">
          Its identity fact: “{data.target.fact}”
        </Text>
        {panel ? (
          <>
            <Text size="sm">A panel of {judges.length} judges; each answer’s verdict is the majority of their readable verdicts:</Text>
            {judges.map((info, index) => (
              <ModelRoleLine key={data.judges[index]?.alias ?? index} role={`Judge ${data.judges[index]?.alias ?? index + 1}`} info={info} />
            ))}
          </>
        ) : (
          <ModelRoleLine role="Judge" info={judge} />
        )}
        <Text size="sm">Suspected source: {data.suspectedVendors.join(', ')}</Text>
      </Stack>
      <NativeSelect
        label="Compare with the paper’s values for"
        description="The paper’s published rates for one model, shown beside yours."
        value={paperModel}
        onChange={(event) => setPaperModel(event.currentTarget.value)}
        data={[{ value: '', label: 'None' }, ...PAPER_ICE_TABLE.rows.map((row) => ({ value: row.model, label: row.model }))]}
        maw={360}
      />
      <IceScoresTable
        scores={data.scores}
        paper={paper}
        strictRan={strictRan}
        showSplits={panel}
        caption={`Contradictions of the identity fact, over ${judgedWords(data.scores)}`}
      />
      <IceReplicatesTable data={data} strictRan={strictRan} />
      {splits ? (
        <Text size="sm" c="dimmed">
          {splits}
        </Text>
      ) : null}
      {panel ? (
        <IcePanelTable
          data={data}
          judgeName={(alias) => judges[data.judges.findIndex((entry) => entry.alias === alias)]?.name ?? alias}
          strictRan={strictRan}
        />
      ) : null}
      {data.agreement ? (
        <Text size="sm" role="status" aria-label="Agreement between the judges">
          {iceAgreementSentence(data.agreement)} {AGREEMENT_SCALE}
        </Text>
      ) : null}
      {note ? (
        <Text size="sm" c="dimmed">
          {note}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {ICE_INTERVAL_EXPLANATION}
      </Text>
      {paper ? (
        <Stack gap={4}>
          <List size="sm" spacing={2}>
            {paperNotes({ simulated, judgeModel: judge.model ?? data.judge.model, rows: data.scores.rows, suspectedVendors: data.suspectedVendors }).map(
              (line) => (
                <List.Item key={line}>{line}</List.Item>
              ),
            )}
          </List>
          <Text size="xs" c="dimmed">
            Source: {PAPER_ICE_TABLE.source.authors}, “{PAPER_ICE_TABLE.source.title}”, {PAPER_ICE_TABLE.source.venue}.{' '}
            <Anchor href={PAPER_ICE_TABLE.source.url} target="_blank" rel="noreferrer" size="xs">
              {PAPER_ICE_TABLE.source.url}
            </Anchor>
          </Text>
        </Stack>
      ) : null}
      <Text size="sm" c="dimmed">
        {fuzzSummary(data.fuzz)} · {requestsText(data.calls)} · Cost: {formatUsd(data.costUsd)}
      </Text>
    </Stack>
  )
}

/** "1,000 answers", or "812 judged answers of 1,000" when some had no verdict (they are not in the rates). */
function judgedWords(scores: IceResults['scores']): string {
  const all = formatInteger(scores.rows)
  return scores.loose.n === scores.rows ? `${all} answers` : `${formatInteger(scores.loose.n)} judged answers of ${all}`
}
