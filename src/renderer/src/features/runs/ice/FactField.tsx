import { Alert, NativeSelect, Stack, Text, Textarea } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { IdentityFactView, Model } from '../../../../../shared/contract/index'
import { TARGET_FACT_MAX_CHARS } from '../../../../../shared/contract/ice-spec'
import { userMessage } from '../../../lib/api'
import type { FactSuggestion } from '../../../lib/runs/ice-sources'
import { withFactChoice, withFactText } from './ice-form'
import type { IceStepProps } from './step-props'

export interface FactFieldProps extends IceStepProps {
  readonly target: Model
  readonly factsLoaded: boolean
  readonly factsError: unknown
}

/** Why the fact was filled in, so the person knows whether to check it. */
function suggestionNote(suggestion: FactSuggestion, target: Model, fact: IdentityFactView): string {
  if (suggestion.reason === 'saved') return `The fact named in this model’s settings (${fact.vendor}).`
  if (suggestion.reason === 'simulated') return 'The Offline demo’s targets say they are made by Distillscope Labs, so this is their true identity.'
  return `Suggested because “${target.model}” looks like a ${fact.vendor} model. Check that it is right.`
}

/**
 * The target's true identity (METHOD.md 2.1): a fact from the library, prefilled from the target,
 * and its text, which can be edited for this run.
 */
export function FactField({ values, resolved, context, errors, onChange, target, factsLoaded, factsError }: FactFieldProps) {
  const facts = context.facts
  const chosen = facts.find((fact) => fact.id === resolved.factId)
  const suggested = resolved.suggestion !== undefined && chosen !== undefined && chosen.id === resolved.suggestion.factId
  const paperForm = chosen?.paperForm !== undefined && resolved.fact.trim() === chosen.paperForm.trim()
  const edited = chosen !== undefined && resolved.fact.trim() !== chosen.fact.trim() && !paperForm
  const unknown = factsLoaded && resolved.suggestion === undefined && resolved.factId === '' && resolved.fact.trim() === ''
  const notes = [
    suggested && values.factId === null ? suggestionNote(resolved.suggestion!, target, chosen) : undefined,
    paperForm ? 'In the paper’s two-sentence form (who made the model, then where its maker is based), as the paper’s judge expects.' : undefined,
    edited ? `Edited from ${chosen.vendor}’s fact, for this run only.` : undefined,
  ]
  return (
    <Stack gap="xs">
      {unknown ? (
        <Alert color="yellow" variant="light" role="status" title="Who made this model?" icon={<IconAlertTriangle aria-hidden />}>
          Distillscope does not know the true identity of “{target.name}”. Choose its vendor’s fact below, or write one sentence saying who made it.
        </Alert>
      ) : null}
      <NativeSelect
        label="Vendor’s identity fact"
        description={
          factsError
            ? `The identity facts could not be loaded (${userMessage(factsError)}). Write the fact below instead.`
            : 'Facts for common vendors, kept on the Identity (ICE) page.'
        }
        value={resolved.factId}
        disabled={!factsLoaded}
        onChange={(event) => {
          const id = event.currentTarget.value
          onChange((current) => withFactChoice(current, id, context), ['fact'])
        }}
        data={[
          { value: '', label: factsLoaded ? 'Choose a vendor…' : factsError ? 'No facts' : 'Loading the facts…' },
          ...facts.map((fact) => ({ value: fact.id, label: `${fact.vendor}${fact.edited ? ' (edited)' : ''}` })),
        ]}
      />
      <Textarea
        label="Identity fact of the target"
        description="Who really made the target, in the first person (one sentence, or two in the paper’s form). The judge compares every answer with it. Changes here apply to this run only."
        value={resolved.fact}
        onChange={(event) => {
          const fact = event.currentTarget.value
          onChange((current) => withFactText(current, fact, context), ['fact'])
        }}
        error={errors.fact}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={TARGET_FACT_MAX_CHARS}
      />
      {notes.some(Boolean) ? (
        <Text size="xs" c="dimmed">
          {notes.filter(Boolean).join(' ')}
        </Text>
      ) : null}
    </Stack>
  )
}
