import { Fieldset, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import type { UseFormReturnType } from '@mantine/form'
import type { Dispatch, SetStateAction } from 'react'
import type { Provider } from '../../../../shared/contract/index'
import { fieldError } from '../../lib/schema-errors'
import { useApi } from '../../lib/useApi'
import { IdentityFactSelect } from '../../components/IdentityFactSelect'
import { isSimulatedProvider } from '../../lib/providers/provider-form'
import { GenerationSettings } from './GenerationSettings'
import { ModelIdField } from './ModelIdField'
import { DEFAULT_MAX_CONCURRENT, withModelId, withName, withPrice, withSuggestedPrices, type ModelDraft } from './model-form'

export const PRICE_LOOKUP_DELAY_MS = 400

export interface ModelFieldsProps {
  /** The model form (@mantine/form over the draft, validated by `validateModel`). */
  readonly form: UseFormReturnType<ModelDraft>
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
export function ModelFields({ form, providers, savedModelId, autoFocus = false }: ModelFieldsProps) {
  const draft = form.getValues()
  const { values } = draft
  const { errors } = form
  const setDraft: Dispatch<SetStateAction<ModelDraft>> = (update) =>
    form.setValues((current) => (typeof update === 'function' ? update(current as ModelDraft) : update))
  const api = useApi()
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
          error={fieldError(errors, 'providerId')}
          data={providers.map((provider) => ({ value: provider.id, label: providerOptionLabel(provider) }))}
        />
      ) : null}

      <ModelIdField
        key={values.providerId}
        providerId={values.providerId}
        value={values.model}
        onChange={changeModelId}
        error={fieldError(errors, 'model')}
        autoFocus={autoFocus}
      />

      <TextInput
        label="Display name"
        description="How this model appears in runs, results and exports."
        value={values.name}
        onChange={(event) => setDraft((current) => withName(current, event.currentTarget.value))}
        error={fieldError(errors, 'name')}
        autoComplete="off"
      />

      <IdentityFactSelect value={values.identityFactId} onChange={(id) => set('identityFactId', id)} error={fieldError(errors, 'identityFactId')} />

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
              error={fieldError(errors, 'inputPerMTok')}
              min={0}
              max={10_000}
              decimalScale={6}
              allowNegative={false}
            />
            <NumberInput
              label="US$ per million output tokens"
              value={values.outputPerMTok}
              onChange={(value) => setDraft((current) => withPrice(current, 'outputPerMTok', value))}
              error={fieldError(errors, 'outputPerMTok')}
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
            error={fieldError(errors, 'maxConcurrent')}
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
            error={fieldError(errors, 'rpm')}
            min={1}
            allowDecimal={false}
            allowNegative={false}
          />
        </Group>
      </Fieldset>

      <GenerationSettings values={values} errors={errors} setDraft={setDraft} />
    </Stack>
  )
}
