import { NativeSelect, Stack } from '@mantine/core'
import { modelOptions } from '../model-option-label'
import { WarningsAlert } from '../WarningsAlert'
import { familyRows } from '../judge-panel'
import { JudgesField } from '../JudgesField'
import { ModelFamiliesTable } from '../ModelFamiliesTable'
import { iceAffinityWarnings, iceRoleWarnings } from './ice-form-spec'
import type { IceStepProps } from './step-props'
import { SuspectedSourceFields } from './SuspectedSourceFields'

/** Step 2: the helper that rewrites templates, the judges, what they look for, and the models' vendor families side by side. */
export function ModelsStep(props: IceStepProps) {
  const { values, errors, onChange, context } = props
  const options = modelOptions(context.models, context.providers)
  const warnings = iceRoleWarnings(values)
  return (
    <Stack gap="md">
      <NativeSelect
        label="Helper model"
        description="Rewrites the jailbreak templates (the five GPTFuzz mutations: generate similar, crossover, expand, shorten, rephrase)."
        value={values.helperId}
        onChange={(event) => {
          const id = event.currentTarget.value
          onChange((current) => ({ ...current, helperId: id }), ['helper'])
        }}
        data={options}
        error={errors.helper}
        data-autofocus
      />
      <JudgesField
        models={context.models}
        providers={context.providers}
        value={values.judgeIds}
        error={errors.judge}
        description="Decide whether each answer contradicts the target’s identity fact (loose), and whether it claims the suspected source (strict). The paper used gpt-4o-mini. With several, an answer’s verdict is the majority’s; a tie is a split, counted apart."
        onChange={(judgeIds) => onChange((current) => ({ ...current, judgeIds }), ['judge'])}
      />
      <WarningsAlert title="About these roles" warnings={warnings} />
      <SuspectedSourceFields {...props} />
      <ModelFamiliesTable
        rows={familyRows(context.models, [
          { role: 'Target', ids: [values.targetId] },
          { role: 'Helper', ids: [values.helperId] },
          { role: 'Judge', ids: values.judgeIds },
        ])}
        warnings={iceAffinityWarnings(values, props.resolved, context.models)}
      />
    </Stack>
  )
}
