import { NativeSelect, Stack } from '@mantine/core'
import { modelOptions } from '../model-option-label'
import { WarningsAlert } from '../WarningsAlert'
import { iceRoleWarnings } from './ice-form-spec'
import type { IceStepProps } from './step-props'
import { SuspectedSourceFields } from './SuspectedSourceFields'

/** Step 2: the helper that rewrites templates, the judge, and what the judge looks for. */
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
      <NativeSelect
        label="Judge model"
        description="Decides whether each answer contradicts the target’s identity fact (loose), and whether it claims the suspected source (strict). The paper used gpt-4o-mini."
        value={values.judgeId}
        onChange={(event) => {
          const id = event.currentTarget.value
          onChange((current) => ({ ...current, judgeId: id }), ['judge'])
        }}
        data={options}
        error={errors.judge}
      />
      <WarningsAlert title="About these roles" warnings={warnings} />
      <SuspectedSourceFields {...props} />
    </Stack>
  )
}
