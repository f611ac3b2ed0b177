import { Checkbox, NativeSelect, Radio, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import {
  ICE_JUDGE_SEMANTICS,
  ICE_PRESET_IDS,
  MUTATOR_NAMES,
  POLICY_NAMES,
  type IceJudgeSemantics,
  type IcePresetId,
  type MutatorName,
  type PolicyName,
} from '../../../../../shared/ice/names'
import { Disclosure } from '../../../components/Disclosure'
import { METHOD_TERMS } from '../../../lib/method-terms'
import { JUDGE_SEMANTICS, MUTATORS, POLICIES, PRESETS } from '../../../lib/runs/ice-labels'
import { judgeSemanticsOfForm } from './ice-form'
import type { IceStepProps } from './step-props'

/** Step 4: the fuzzer's preset (METHOD.md 2.5), its selection policy (2.3) and mutators (2.4). */
export function MethodStep({ values, errors, onChange }: IceStepProps) {
  const [mutatorsOpen, setMutatorsOpen] = useState(values.mutators.length !== MUTATOR_NAMES.length)
  return (
    <Stack gap="lg">
      <Radio.Group
        label="Preset"
        description={`${METHOD_TERMS.gptfuzz.explanation} It exists in two versions that differ in the details below. Both are seeded: the same seed and the same replies give the same run.`}
        value={values.preset}
        onChange={(preset) => onChange((current) => ({ ...current, preset: preset as IcePresetId, judgeSemantics: null }), ['preset'])}
        error={errors.preset}
      >
        <Stack gap="xs" mt="xs">
          {ICE_PRESET_IDS.map((id) => (
            <Radio key={id} value={id} label={PRESETS[id].label} description={PRESETS[id].description} />
          ))}
        </Stack>
      </Radio.Group>
      <Radio.Group
        label="Judge"
        description="Which judge decides whether an answer contradicts the fact. Each preset comes with its own; change it only to compare the two."
        value={judgeSemanticsOfForm(values)}
        onChange={(choice) => onChange((current) => ({ ...current, judgeSemantics: choice as IceJudgeSemantics }), ['judgeSemantics'])}
        error={errors.judgeSemantics}
      >
        <Stack gap="xs" mt="xs">
          {ICE_JUDGE_SEMANTICS.map((id) => (
            <Radio key={id} value={id} label={JUDGE_SEMANTICS[id].label} description={JUDGE_SEMANTICS[id].description} />
          ))}
        </Stack>
      </Radio.Group>
      <Stack gap={4}>
        <NativeSelect
          label="Selection policy"
          description="How the next template to rewrite is chosen from the pool."
          value={values.selection}
          onChange={(event) => {
            const selection = event.currentTarget.value as PolicyName
            onChange((current) => ({ ...current, selection }), ['selection'])
          }}
          data={POLICY_NAMES.map((id) => ({ value: id, label: POLICIES[id].label }))}
          error={errors.selection}
        />
        <Text size="xs" c="dimmed">
          {POLICIES[values.selection].description}
        </Text>
      </Stack>
      <Disclosure label="Mutations used" open={mutatorsOpen} onToggle={() => setMutatorsOpen((open) => !open)}>
        <Checkbox.Group
          label="Ways of rewriting a template"
          description="Each rewrite uses one, chosen at random. The paper used all five."
          value={[...values.mutators]}
          onChange={(chosen) =>
            onChange((current) => ({ ...current, mutators: MUTATOR_NAMES.filter((name) => chosen.includes(name)) as MutatorName[] }), ['mutators'])
          }
          error={errors.mutators}
        >
          <Stack gap={6} mt="xs">
            {MUTATOR_NAMES.map((name) => (
              <Checkbox key={name} value={name} label={MUTATORS[name].label} description={MUTATORS[name].description} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Disclosure>
    </Stack>
  )
}
