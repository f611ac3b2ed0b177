import type { UseMutationResult } from '@tanstack/react-query'
import type { IceSetSummary, RunEstimate, RunSpecInput } from '../../../../../shared/contract/index'
import type { ApiError } from '../../../lib/api'
import { BudgetStep } from './BudgetStep'
import { IceEstimatePanel } from './IceEstimatePanel'
import { withDemoModels, type IceStep } from './ice-form'
import { InputsStep } from './InputsStep'
import { MethodStep } from './MethodStep'
import { ModelsStep } from './ModelsStep'
import type { IceStepProps } from './step-props'
import { TargetStep } from './TargetStep'

export interface IceStepBodyProps extends IceStepProps {
  readonly step: IceStep
  readonly factsLoaded: boolean
  readonly factsError: unknown
  readonly sets: readonly IceSetSummary[] | undefined
  readonly setsError: unknown
  readonly estimate: UseMutationResult<RunEstimate, ApiError, RunSpecInput>
  readonly onRetryEstimate: () => void
  readonly costAccepted: boolean
  readonly onAcceptCost: (accepted: boolean) => void
}

/** The fields of the current step. */
export function IceStepBody({
  step,
  factsLoaded,
  factsError,
  sets,
  setsError,
  estimate,
  onRetryEstimate,
  costAccepted,
  onAcceptCost,
  ...props
}: IceStepBodyProps) {
  switch (step) {
    case 'target':
      return (
        <TargetStep
          {...props}
          factsLoaded={factsLoaded}
          factsError={factsError}
          onDemoAdded={({ models }) =>
            props.onChange(
              (current) => withDemoModels(current, { target: models.leaky, helper: models.helper, judge: models.judge }),
              ['target', 'fact', 'helper', 'judge'],
            )
          }
        />
      )
    case 'models':
      return <ModelsStep {...props} />
    case 'inputs':
      return <InputsStep {...props} sets={sets} setsError={setsError} />
    case 'method':
      return <MethodStep {...props} />
    case 'budget':
      return <BudgetStep {...props} sets={sets} />
    case 'estimate':
      return (
        <IceEstimatePanel
          values={props.values}
          resolved={props.resolved}
          context={props.context}
          sets={sets}
          estimate={estimate}
          onRetry={onRetryEstimate}
          costAccepted={costAccepted}
          onAcceptCost={onAcceptCost}
        />
      )
  }
}
