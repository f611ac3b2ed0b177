import type { Model, Provider } from '../../../../shared/contract/index'
import { isSimulatedModel } from '../../lib/runs/spec-models'

/**
 * "Name (model id)", the id left out when the name is the id (a model shows once, issue 18 item
 * 4), with a word for simulated models whose name does not already say so.
 */
export function modelOptionLabel(model: Model, providers: readonly Provider[]): string {
  const simulated = isSimulatedModel(model, providers) && !/simulated/i.test(model.name)
  const id = model.name.trim().toLowerCase() === model.model.trim().toLowerCase() ? '' : ` (${model.model})`
  return `${model.name}${id}${simulated ? ' — simulated' : ''}`
}

/** A model select's options: an empty choice first, then every model (but `exclude`). */
export function modelOptions(models: readonly Model[], providers: readonly Provider[], exclude?: string): { value: string; label: string }[] {
  return [
    { value: '', label: 'Choose a model…' },
    ...models.filter((model) => model.id !== exclude).map((model) => ({ value: model.id, label: modelOptionLabel(model, providers) })),
  ]
}
