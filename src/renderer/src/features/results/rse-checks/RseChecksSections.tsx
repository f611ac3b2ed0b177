import type { RseResults } from '../../../../../shared/contract/index'
import { CollapsibleSection } from '../../../components/CollapsibleSection'
import type { RunModelInfo } from '../../../lib/runs/spec-models'
import { CalibrationSection } from './CalibrationSection'
import { NormalisedSetsTable } from './NormalisedSetsTable'
import { PositionCheckSection } from './PositionCheckSection'
import { StudentSamplesSection } from './StudentSamplesSection'

/** Issue 16's sections of an RSE run's results, each only when the run measured it. */
export function RseChecksSections({ results, modelInfo }: { readonly results: RseResults; readonly modelInfo: (alias: string) => RunModelInfo }) {
  return (
    <>
      {results.calibration ? (
        <CollapsibleSection title="Ceiling and floor" defaultOpen>
          <CalibrationSection calibration={results.calibration} sets={results.sets} />
          <NormalisedSetsTable students={results.students} sets={results.sets} modelInfo={modelInfo} />
        </CollapsibleSection>
      ) : null}
      {results.studentSamples !== undefined && results.studentSamples >= 2 ? (
        <CollapsibleSection title="Answers per student" defaultOpen>
          <StudentSamplesSection samples={results.studentSamples} students={results.students} modelInfo={modelInfo} />
        </CollapsibleSection>
      ) : null}
      {results.positionCheck ? (
        <CollapsibleSection title="Position check" defaultOpen>
          <PositionCheckSection check={results.positionCheck} modelInfo={modelInfo} />
        </CollapsibleSection>
      ) : null}
    </>
  )
}
