import { Alert, Button, Group, Modal } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useState } from 'react'
import type { Model, Provider } from '../../../../shared/contract/index'
import { NO_ERRORS, type FormErrors } from '../../lib/forms'
import { isSimulatedProvider } from '../../lib/providers/provider-form'
import { buildModelInput, draftFromModel, modelChanges, modelErrorsFrom, type ModelField } from './model-form'
import { ModelFields } from './ModelFields'
import { SimulatedBadge } from '../../components/SimulatedBadge'
import { useUpdateModel } from '../../lib/data/useModels'
import { FormStack } from '../../components/FormStack'

export interface EditModelDialogProps {
  readonly opened: boolean
  readonly onClose: () => void
  readonly model: Model | undefined
  readonly providers: readonly Provider[]
  readonly onSaved: (model: Model) => void
  readonly session: number
}

export function EditModelDialog({ opened, onClose, model, providers, onSaved, session }: EditModelDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={model ? `Edit ${model.name}` : 'Edit model'} size="lg">
      {model ? <EditModelForm key={session} model={model} providers={providers} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  )
}

function EditModelForm({ model, providers, onClose, onSaved }: Omit<EditModelDialogProps, 'opened' | 'session' | 'model'> & { readonly model: Model }) {
  const [draft, setDraft] = useState(() => draftFromModel(model))
  const [errors, setErrors] = useState<FormErrors<ModelField>>(NO_ERRORS)
  const update = useUpdateModel()
  const provider = providers.find((candidate) => candidate.id === draft.values.providerId)

  function submit(event: { preventDefault(): void }) {
    event.preventDefault()
    const built = buildModelInput(draft.values)
    if (!built.ok) {
      setErrors(built.errors)
      return
    }
    setErrors(NO_ERRORS)
    update.mutate({ id: model.id, changes: modelChanges(model, built.input) }, { onSuccess: onSaved, onError: (error) => setErrors(modelErrorsFrom(error)) })
  }

  return (
    <FormStack gap="md" onSubmit={submit}>
      {isSimulatedProvider(provider) ? (
        <Group>
          <SimulatedBadge />
        </Group>
      ) : null}
      <ModelFields draft={draft} setDraft={setDraft} errors={errors} providers={providers} savedModelId={model.model} autoFocus />
      {errors.general ? (
        <Alert color="red" variant="light" title="The model was not saved" icon={<IconAlertCircle aria-hidden />}>
          {errors.general}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" loading={update.isPending}>
          Save changes
        </Button>
      </Group>
    </FormStack>
  )
}
