import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core'
import type { IceSetSummary } from '../../../../../shared/contract/index'
import { userMessage } from '../../../lib/api'
import { useDownloadGptfuzz } from '../../../lib/data/useIceLibrary'
import { paperSeedsNotice } from './paper-seeds'
import { sourceOptions, type SourceKind } from '../../../lib/runs/ice-sources'
import type { IceStepProps } from './step-props'

export interface InputsStepProps extends IceStepProps {
  readonly sets: readonly IceSetSummary[] | undefined
  readonly setsError: unknown
}

/** Step 3: the identity questions and the seed templates (METHOD.md 2.1). */
export function InputsStep({ values, errors, onChange, sets, setsError }: InputsStepProps) {
  const status = setsError
    ? `Your saved sets could not be loaded (${userMessage(setsError)}); the built-in ones are offered.`
    : sets === undefined
      ? 'Loading your saved sets…'
      : undefined
  return (
    <Stack gap="lg">
      {status ? (
        <Text size="sm" c="dimmed" role="status">
          {status}
        </Text>
      ) : null}
      <SourceChoice
        kind="questions"
        label="Identity questions"
        description="Asked inside every template. The paper asked 25 questions in English and the same 25 in Chinese about the team, partners, business, technology and location."
        value={values.questions}
        error={errors.questions}
        sets={sets}
        onChoose={(questions) => onChange((current) => ({ ...current, questions }), ['questions'])}
      />
      <SourceChoice
        kind="seeds"
        label="Seed templates"
        description="The jailbreak templates the helper starts rewriting from. Their text is not shown here: jailbreak templates often contain offensive role-play. The Identity (ICE) page shows them behind a warning, and is where GPTFuzz’s 77 templates, which the paper used, can be added."
        value={values.seeds}
        error={errors.seeds}
        sets={sets}
        onChoose={(seeds) => onChange((current) => ({ ...current, seeds }), ['seeds'])}
      />
      <PaperSeedsAlert values={values} sets={sets} onChoose={(seeds) => onChange((current) => ({ ...current, seeds }), ['seeds'])} />
    </Stack>
  )
}

/** Under "As published", says plainly when the seeds are not GPTFuzz's and offers them. */
function PaperSeedsAlert({
  values,
  sets,
  onChoose,
}: {
  readonly values: InputsStepProps['values']
  readonly sets: InputsStepProps['sets']
  readonly onChoose: (value: string) => void
}) {
  const download = useDownloadGptfuzz()
  const notice = paperSeedsNotice(values, sets)
  if (notice === undefined) return null
  return (
    <Alert color="yellow" title="Not the paper’s seed templates" role="status">
      <Stack gap="xs">
        <Text size="sm">{notice.text}</Text>
        <Group gap="xs">
          {notice.useSet !== undefined ? (
            <Button size="xs" variant="light" onClick={() => onChoose(notice.useSet!)}>
              Use GPTFuzz’s templates
            </Button>
          ) : (
            <Button
              size="xs"
              variant="light"
              loading={download.isPending}
              onClick={() => download.mutate(undefined, { onSuccess: (result) => onChoose(`set:${result.set.id}`) })}
            >
              Download GPTFuzz’s templates
            </Button>
          )}
        </Group>
        {download.error ? (
          <Text size="sm" c="red">
            {userMessage(download.error)}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  )
}

function SourceChoice({
  kind,
  label,
  description,
  value,
  error,
  sets,
  onChoose,
}: {
  readonly kind: SourceKind
  readonly label: string
  readonly description: string
  readonly value: string
  readonly error: string | undefined
  readonly sets: readonly IceSetSummary[] | undefined
  readonly onChoose: (value: string) => void
}) {
  return (
    <Radio.Group label={label} description={description} value={value} onChange={onChoose} error={error}>
      <Stack gap="xs" mt="xs">
        {sourceOptions(kind, sets).map((option) => (
          <Radio key={option.value} value={option.value} label={option.label} description={option.description} />
        ))}
      </Stack>
    </Radio.Group>
  )
}
