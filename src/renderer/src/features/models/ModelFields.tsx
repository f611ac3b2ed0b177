import { Alert, Autocomplete, Button, Fieldset, Group, NativeSelect, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { useMutation } from '@tanstack/react-query'
import { IconAlertCircle, IconList } from '@tabler/icons-react'
import { useState, type Dispatch, type SetStateAction } from 'react'
import type { Provider } from '../../../../shared/contract/index'
import { userMessage } from '../../lib/api'
import type { FormErrors } from '../../lib/forms'
import { useApi } from '../../lib/useApi'
import { IdentityFactSelect } from '../ice-library/IdentityFactSelect'
import { isSimulatedProvider } from '../providers/provider-form'
import { Disclosure } from './Disclosure'
import {
  DEFAULT_MAX_CONCURRENT,
  DEFAULT_SYSTEM_PROMPT,
  DEFAULT_TEMPERATURE,
  GENERATION_FIELDS,
  withModelId,
  withName,
  withPrice,
  withSuggestedPrices,
  type ModelDraft,
  type ModelField,
} from './model-form'

export const PRICE_LOOKUP_DELAY_MS = 400

export interface ModelFieldsProps {
  readonly draft: ModelDraft
  readonly setDraft: Dispatch<SetStateAction<ModelDraft>>
  readonly errors: FormErrors<ModelField>
  /** Given when editing: the model can be moved to another provider. */
  readonly providers?: readonly Provider[]
  /** The saved model id when editing: its prices are not looked up again on opening. */
  readonly savedModelId?: string
  readonly autoFocus?: boolean
}

export function providerOptionLabel(provider: Provider): string {
  return isSimulatedProvider(provider) && !/simulated/i.test(provider.name) ? `${provider.name} (simulated)` : provider.name
}

/** The model part of "Add a model" and of "Edit model". */
export function ModelFields({ draft, setDraft, errors, providers, savedModelId, autoFocus = false }: ModelFieldsProps) {
  const { values } = draft
  const api = useApi()
  const [advancedOpen, setAdvancedOpen] = useState(false)
  const advancedHasError = GENERATION_FIELDS.some((field) => errors.fields[field] !== undefined)
  const set = <K extends keyof ModelDraft['values']>(key: K, value: ModelDraft['values'][K]) =>
    setDraft((current) => ({ ...current, values: { ...current.values, [key]: value } }))

  const lookUpPrices = useDebouncedCallback((model: string) => {
    api
      .request('models.suggestPrices', { model })
      .then((suggestion) => setDraft((current) => withSuggestedPrices(current, model, suggestion)))
      // Only a convenience: without a suggestion the prices stay as they are.
      .catch(() => undefined)
  }, PRICE_LOOKUP_DELAY_MS)

  function changeModelId(model: string) {
    setDraft((current) => withModelId(current, model))
    const trimmed = model.trim()
    if (trimmed !== '' && trimmed !== savedModelId) lookUpPrices(trimmed)
    else lookUpPrices.cancel()
  }

  return (
    <Stack gap="md">
      {providers ? (
        <NativeSelect
          label="Provider"
          description="The service that runs this model."
          value={values.providerId}
          onChange={(event) => set('providerId', event.currentTarget.value)}
          error={errors.fields.providerId}
          data={providers.map((provider) => ({ value: provider.id, label: providerOptionLabel(provider) }))}
        />
      ) : null}

      <ModelIdField
        key={values.providerId}
        providerId={values.providerId}
        value={values.model}
        onChange={changeModelId}
        error={errors.fields.model}
        autoFocus={autoFocus}
      />

      <TextInput
        label="Display name"
        description="How this model appears in runs, results and exports."
        value={values.name}
        onChange={(event) => setDraft((current) => withName(current, event.currentTarget.value))}
        error={errors.fields.name}
        autoComplete="off"
      />

      <IdentityFactSelect value={values.identityFactId} onChange={(id) => set('identityFactId', id)} error={errors.fields.identityFactId} />

      <Fieldset legend="Prices" variant="unstyled" styles={{ legend: { fontWeight: 600 } }}>
        <Stack gap="xs">
          <Text size="sm" c="dimmed" aria-live="polite">
            {draft.pricesKnown === true
              ? "Filled in from the provider's published prices (2025). Check them against your provider's price list: Distillscope estimates and limits what runs cost from them."
              : draft.pricesKnown === false
                ? "Distillscope does not know this model's prices. Enter them from the provider's price list so cost estimates are right (0 is right for a local or free model)."
                : 'Used to estimate and limit what runs cost.'}
          </Text>
          <Group gap="md" grow align="flex-start">
            <NumberInput
              label="US$ per million input tokens"
              value={values.inputPerMTok}
              onChange={(value) => setDraft((current) => withPrice(current, 'inputPerMTok', value))}
              error={errors.fields.inputPerMTok}
              min={0}
              max={10_000}
              decimalScale={6}
              allowNegative={false}
            />
            <NumberInput
              label="US$ per million output tokens"
              value={values.outputPerMTok}
              onChange={(value) => setDraft((current) => withPrice(current, 'outputPerMTok', value))}
              error={errors.fields.outputPerMTok}
              min={0}
              max={10_000}
              decimalScale={6}
              allowNegative={false}
            />
          </Group>
        </Stack>
      </Fieldset>

      <Fieldset legend="Limits" variant="unstyled" styles={{ legend: { fontWeight: 600 } }}>
        <Group gap="md" grow align="flex-start">
          <NumberInput
            label="Maximum concurrent requests"
            description={`How many requests may run at once (${DEFAULT_MAX_CONCURRENT} by default). Lower it if the provider reports rate limits.`}
            value={values.maxConcurrent}
            onChange={(value) => set('maxConcurrent', value)}
            error={errors.fields.maxConcurrent}
            min={1}
            max={256}
            allowDecimal={false}
            allowNegative={false}
          />
          <NumberInput
            label="Requests per minute (optional)"
            description="Leave empty for no limit. Every attempt counts, retries included."
            value={values.rpm}
            onChange={(value) => set('rpm', value)}
            error={errors.fields.rpm}
            min={1}
            allowDecimal={false}
            allowNegative={false}
          />
        </Group>
      </Fieldset>

      <Disclosure
        label="Generation settings (advanced)"
        open={advancedOpen || advancedHasError}
        onToggle={() => setAdvancedOpen(!(advancedOpen || advancedHasError))}
      >
        <Text size="sm">
          The paper measured every model with temperature {DEFAULT_TEMPERATURE} and the system prompt “{DEFAULT_SYSTEM_PROMPT}”.
          Keep these defaults so your results can be compared with it; change them only if you know why.
        </Text>
        <Group gap="md" grow align="flex-start">
          <NumberInput
            label="Temperature"
            description="0 gives the most repeatable answers (0 to 2)."
            value={values.temperature}
            onChange={(value) => set('temperature', value)}
            error={errors.fields.temperature}
            min={0}
            max={2}
            step={0.1}
            decimalScale={2}
            allowNegative={false}
          />
          <NumberInput
            label="Maximum output tokens (optional)"
            description="Leave empty to let the provider decide."
            value={values.maxTokens}
            onChange={(value) => set('maxTokens', value)}
            error={errors.fields.maxTokens}
            min={1}
            allowDecimal={false}
            allowNegative={false}
          />
          <NumberInput
            label="top_p (optional)"
            description="Leave empty for the provider's default (above 0, at most 1)."
            value={values.topP}
            onChange={(value) => set('topP', value)}
            error={errors.fields.topP}
            min={0}
            max={1}
            step={0.05}
            decimalScale={3}
            allowNegative={false}
          />
        </Group>
        <Textarea
          label="System prompt"
          value={values.systemPrompt}
          onChange={(event) => set('systemPrompt', event.currentTarget.value)}
          error={errors.fields.systemPrompt}
          autosize
          minRows={2}
          maxRows={8}
        />
        <div>
          <Button
            variant="default"
            size="xs"
            onClick={() =>
              setDraft((current) => ({
                ...current,
                values: { ...current.values, temperature: DEFAULT_TEMPERATURE, maxTokens: '', topP: '', systemPrompt: DEFAULT_SYSTEM_PROMPT },
              }))
            }
          >
            Restore the paper’s settings
          </Button>
        </div>
      </Disclosure>
    </Stack>
  )
}

interface ModelIdFieldProps {
  readonly providerId: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly error: string | undefined
  readonly autoFocus: boolean
}

/** A free-text model id, with suggestions from the provider's own list once "List models" was pressed. */
function ModelIdField({ providerId, value, onChange, error, autoFocus }: ModelIdFieldProps) {
  const api = useApi()
  const listing = useMutation({ mutationFn: () => api.request('models.listRemote', { providerId }) })
  const ids = listing.data?.ids ?? []
  return (
    <Stack gap={6}>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <Autocomplete
          label="Model id"
          description="The exact id the provider uses, for example gpt-4o or deepseek-chat."
          value={value}
          onChange={onChange}
          data={ids as string[]}
          limit={100}
          error={error}
          autoComplete="off"
          spellCheck={false}
          flex={1}
          data-autofocus={autoFocus || undefined}
        />
        <Button
          variant="default"
          leftSection={<IconList aria-hidden size={18} />}
          loading={listing.isPending}
          disabled={providerId === ''}
          onClick={() => listing.mutate()}
          mb={error ? 22 : 0}
        >
          List models
        </Button>
      </Group>
      {listing.isSuccess ? (
        <Text size="sm" role="status">
          {ids.length === 0
            ? 'The provider listed no models. Type the model id yourself.'
            : `Found ${ids.length === 1 ? '1 model' : `${ids.length} models`}. Start typing in “Model id” to pick one.`}
        </Text>
      ) : null}
      {listing.isError ? (
        <Alert color="red" variant="light" title="This provider could not list its models" icon={<IconAlertCircle aria-hidden />}>
          {userMessage(listing.error)} You can still type the model id yourself.
        </Alert>
      ) : null}
    </Stack>
  )
}
