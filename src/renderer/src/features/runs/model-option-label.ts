import type { Model, Provider } from '../../../../shared/contract/index'
import { isSimulatedModel } from '../../lib/runs/spec-models'

/** "Name (model id)", with a word for simulated models whose name does not already say so. */
export function modelOptionLabel(model: Model, providers: readonly Provider[]): string {
  const simulated = isSimulatedModel(model, providers) && !/simulated/i.test(model.name)
  return `${model.name} (${model.model})${simulated ? ' — simulated' : ''}`
}

/** A model select's options: an empty choice first, then every model (but `exclude`). */
export function modelOptions(models: readonly Model[], providers: readonly Provider[], exclude?: string): { value: string; label: string }[] {
  return [
    { value: '', label: 'Choose a model…' },
    ...models.filter((model) => model.id !== exclude).map((model) => ({ value: model.id, label: modelOptionLabel(model, providers) })),
  ]
}
