import { Alert, Button, Group, Modal } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import type { Model, Provider } from '../../../../shared/contract/index'
import { validationAlert } from '../../lib/schema-errors'
import { isSimulatedProvider } from '../../lib/providers/provider-form'
import { draftFromModel, modelChanges, modelErrorsFrom, toModelInput, validateModel, type ModelDraft } from './model-form'
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
  // Messages stay until the next Save, as they did before @mantine/form.
  const form = useForm<ModelDraft>({
    mode: 'controlled',
    initialValues: draftFromModel(model),
    validate: (draft) => validateModel(draft.values),
    clearInputErrorOnChange: false,
  })
  /** The alert above the buttons; announced, so it is set whenever a field has an error too. */
  const [general, setGeneral] = useState<string>()
  const update = useUpdateModel()
  const provider = providers.find((candidate) => candidate.id === form.getValues().values.providerId)

  function submit(event: { preventDefault(): void }) {
    event.preventDefault()
    const checked = form.validate()
    if (checked.hasErrors) {
      setGeneral(validationAlert(checked.errors))
      return
    }
    setGeneral(undefined)
    update.mutate(
      { id: model.id, changes: modelChanges(model, toModelInput(form.getValues().values)) },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const errors = modelErrorsFrom(error)
          form.setErrors(errors.fields)
          setGeneral(errors.general)
        },
      },
    )
  }

  return (
    <FormStack gap="md" onSubmit={submit}>
      {isSimulatedProvider(provider) ? (
        <Group>
          <SimulatedBadge />
        </Group>
      ) : null}
      <ModelFields form={form} providers={providers} savedModelId={model.model} autoFocus />
      {general ? (
        <Alert color="red" variant="light" title="The model was not saved" icon={<IconAlertCircle aria-hidden />}>
          {general}
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
