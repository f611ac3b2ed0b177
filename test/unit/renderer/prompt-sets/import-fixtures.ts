import { prepareImport } from '../../../../src/main/core/evaluators/rse/import/prepare-import'
import { toPreview } from '../../../../src/main/core/evaluators/rse/import/preview'
import type { FieldMapping, PromptSetPreview } from '../../../../src/shared/contract/prompt-sets'

/* Files the prompt-set import form's tests read, and the backend's own preview of them. */

/** The backend's own preview of a file, so these tests follow what it really reports. */
export function preview(fileName: string, content: string, mapping?: FieldMapping): PromptSetPreview {
  return toPreview(prepareImport(fileName, content, mapping ? { mapping } : {}))
}

export const CSV_NEEDS_MAPPING = 'Question,Topic\nWhat is 2+2?,maths\nWhy is the sky blue?,physics\n  what is 2+2? ,maths\n'
export const JSONL_BROKEN = '{"prompt": "one"}\n{"prompt": "two", }\n{"prompt": "three"}\n'
export const JSONL_EMPTY_PROMPT = '{"id": "a", "prompt": "one"}\n{"id": "b", "prompt": ""}\n{"id": "c", "prompt": "three"}\n'
export const SHAREGPT = JSON.stringify([
  {
    id: 's1',
    conversations: [
      { from: 'gpt', value: 'Hello' },
      { from: 'human', value: 'Write a haiku about rain.' },
    ],
  },
  { id: 's2', conversations: [{ from: 'human', value: 'Explain recursion.' }] },
])
