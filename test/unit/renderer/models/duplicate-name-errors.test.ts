import { describe, expect, it } from 'vitest'
import { modelErrorsFrom } from '../../../../src/renderer/src/features/models/model-form'
import { ApiError } from '../../../../src/renderer/src/lib/api'
import { providerErrorsFrom } from '../../../../src/renderer/src/lib/providers/provider-form'

/** Issue 18 item 5: the backend's refusal of a taken name is shown on the dialogs' name field. */
describe('a taken name, as the dialogs show it', () => {
  it('goes on the model’s name field', () => {
    const message = 'A model named “Student” already exists. Choose another name.'
    const errors = modelErrorsFrom(new ApiError('conflict', message, [{ path: 'name', message }]))
    expect(errors.fields).toEqual({ name: message })
  })

  it('goes on the provider’s name field, from an update too', () => {
    const message = 'A provider named “My gateway” already exists. Choose another name.'
    expect(providerErrorsFrom(new ApiError('conflict', message, [{ path: 'name', message }])).fields).toEqual({ name: message })
    expect(providerErrorsFrom(new ApiError('conflict', message, [{ path: 'changes.name', message }])).fields).toEqual({ name: message })
  })
})
