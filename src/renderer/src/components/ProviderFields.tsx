import { NativeSelect, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useState } from 'react'
import type { PresetId, ProviderKind, ProviderPreset } from '../../../shared/providers/presets'
import { Disclosure } from './Disclosure'
import { EndpointPreview } from './EndpointPreview'
import { HeaderRowsField } from './HeaderRowsField'
import { serverCapDescription } from '../lib/providers/server-cap'
import { MAX_SERVER_CAP, MAX_TIMEOUT_SECONDS, MIN_TIMEOUT_SECONDS } from '../lib/providers/provider-validation'
import {
  CONNECTION_FIELDS,
  DEFAULT_TIMEOUT_SECONDS,
  KIND_LABELS,
  applyPreset,
  groupPresets,
  headerRowErrors,
  type ProviderFormValues,
} from '../lib/providers/provider-form'
import { fieldError } from '../lib/schema-errors'

export interface ProviderFieldsProps {
  /** The provider form (@mantine/form, validated by `validateProvider`). */
  readonly form: UseFormReturnType<ProviderFormValues>
  readonly presets: readonly ProviderPreset[]
  /** Editing a saved provider: the service is fixed (add a new provider to use another one). */
  readonly editing?: boolean
  /** Puts the keyboard focus on the first field when the dialog opens. */
  readonly autoFocus?: boolean
}

/** The provider part of "Add a model" and of "Edit provider". */
export function ProviderFields({ form, presets, editing = false, autoFocus = false }: ProviderFieldsProps) {
  const values = form.getValues()
  const error = (field: string) => fieldError(form.errors, field)
  const rowErrors = headerRowErrors(form.errors)
  const preset = presets.find((candidate) => candidate.id === values.preset)
  const simulated = values.preset === 'simulator'
  const [connectionOpen, setConnectionOpen] = useState(
    () => editing && (values.headers.length > 0 || values.proxy !== '' || values.serverCap !== '' || values.timeoutSeconds !== DEFAULT_TIMEOUT_SECONDS),
  )
  const connectionHasError = CONNECTION_FIELDS.some((field) => error(field) !== undefined)
  const set = <K extends keyof ProviderFormValues>(key: K, value: ProviderFormValues[K]) => form.setValues({ [key]: value } as Pick<ProviderFormValues, K>)

  return (
    <Stack gap="md">
      {editing ? (
        <div>
          <Text size="sm" fw={500}>
            Service: {preset?.label ?? values.preset}
          </Text>
          <Text size="sm" c="dimmed">
            {preset?.help} To use another service, add a new provider.
          </Text>
        </div>
      ) : (
        <NativeSelect
          label="Service"
          description={preset?.help}
          value={values.preset}
          onChange={(event) => {
            const id = event.currentTarget.value as PresetId
            form.setValues(applyPreset(form.getValues(), presets, id))
          }}
          error={error('preset')}
          data-autofocus={autoFocus || undefined}
        >
          {groupPresets(presets).map((group) => (
            <optgroup key={group.group} label={group.group}>
              {group.presets.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </NativeSelect>
      )}

      <TextInput
        label="Provider name"
        description="How this provider is listed in Distillscope."
        value={values.name}
        onChange={(event) => set('name', event.currentTarget.value)}
        error={error('name')}
        autoComplete="off"
        data-autofocus={(editing && autoFocus) || undefined}
      />

      {simulated ? (
        <Text size="sm" c="dimmed">
          Distillscope runs this simulated provider itself: there is no address to enter and no key to add.
        </Text>
      ) : (
        <>
          <Stack gap={6}>
            <TextInput
              label="Base URL"
              description={
                values.preset === 'custom'
                  ? 'The address of the API, for example https://gateway.example.com/v1.'
                  : `Filled in for ${preset?.label ?? 'this service'}. Change it only if the provider tells you to, for example for a regional address.`
              }
              value={values.baseURL}
              onChange={(event) => set('baseURL', event.currentTarget.value)}
              error={error('baseURL')}
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
            />
            <EndpointPreview kind={values.kind} baseURL={values.baseURL} />
          </Stack>

          {values.preset === 'custom' ? (
            <Radio.Group
              label="Wire protocol"
              description="How the service expects requests. Most services, gateways and local servers are OpenAI-compatible."
              value={values.kind}
              onChange={(value) => set('kind', value as ProviderKind)}
              error={error('kind')}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="openai" label={KIND_LABELS.openai} description="Requests go to …/chat/completions" />
                <Radio value="anthropic" label={KIND_LABELS.anthropic} description="Requests go to …/v1/messages" />
              </Stack>
            </Radio.Group>
          ) : (
            <Text size="sm" c="dimmed">
              Wire protocol: {KIND_LABELS[values.kind]}
            </Text>
          )}
        </>
      )}

      <Disclosure
        label="Connection settings (optional)"
        open={connectionOpen || connectionHasError}
        onToggle={() => setConnectionOpen(!(connectionOpen || connectionHasError))}
      >
        <HeaderRowsField
          rows={values.headers}
          onChange={(rows) => set('headers', rows)}
          rowErrors={rowErrors}
          {...(error('headers') ? { error: error('headers') } : {})}
        />
        <NumberInput
          label="Timeout (seconds)"
          description={`How long to wait for one answer before giving up. Slow reasoning models may need more than the usual ${DEFAULT_TIMEOUT_SECONDS} seconds.`}
          value={values.timeoutSeconds}
          onChange={(value) => set('timeoutSeconds', value)}
          error={error('timeoutSeconds')}
          min={MIN_TIMEOUT_SECONDS}
          max={MAX_TIMEOUT_SECONDS}
          allowDecimal={false}
          allowNegative={false}
          maw={240}
        />
        {simulated ? null : (
          <NumberInput
            label="Requests at once to this server (optional)"
            description={serverCapDescription(preset)}
            value={values.serverCap}
            onChange={(value) => set('serverCap', value)}
            error={error('serverCap')}
            min={1}
            max={MAX_SERVER_CAP}
            allowDecimal={false}
            allowNegative={false}
            maw={240}
          />
        )}
        {simulated ? null : (
          <>
            <TextInput
              label="HTTPS proxy (optional)"
              description="Only if your network requires one, for example http://proxy.example.com:8080. Used for this provider only."
              value={values.proxy}
              onChange={(event) => set('proxy', event.currentTarget.value)}
              error={error('proxy')}
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
            />
            <TextInput
              label="Environment variable with the key (optional)"
              description="If this variable is set when Distillscope starts, its key is used instead of a saved one. Leave it empty to use only the key you save in Distillscope."
              value={values.apiKeyEnv}
              onChange={(event) => set('apiKeyEnv', event.currentTarget.value)}
              error={error('apiKeyEnv')}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
            />
          </>
        )}
      </Disclosure>
    </Stack>
  )
}
