import { Group, NativeSelect } from '@mantine/core'
import { ICE_ROW_FILTERS, type IceTemplateNode } from '../../../../../shared/contract/index'
import { ICE_CATEGORIES, ICE_LANGUAGES } from '../../../../../shared/ice/names'
import { categoryLabel, languageLabel } from '../../../lib/format'
import { mutatorLabel } from '../../../lib/runs/ice-labels'
import { replicateName, replicateOptions, type ReplicateChoice } from './replicate-labels'

export interface RowFilterValues {
  readonly only: (typeof ICE_ROW_FILTERS)[number]
  readonly category: string
  readonly language: string
  /** '' for every template; a template of `replicate` (of replicate 0 when that is ''). */
  readonly mutantId: string
  /** '' for every fuzzing replicate, else the stored (0-based) index; runs of one replicate leave it ''. */
  readonly replicate: string
}

export const NO_ROW_FILTERS: RowFilterValues = { only: 'all', category: '', language: '', mutantId: '', replicate: '' }

const ONLY_LABELS: Readonly<Record<RowFilterValues['only'], string>> = {
  all: 'All answers',
  loose: 'Loose positives',
  strict: 'Strict positives',
  hard: 'Hard positives',
  unjudged: 'Not judged',
  split: 'Panel split',
}

/**
 * The attack rows' filters: positives of a measure, category, language, template, and for runs of
 * two or more fuzzing replicates the replicate. `templates` are the chosen replicate's (replicate
 * 0's under "every replicate"): each replicate numbers its templates from 0 again.
 */
export function RowFilters({
  value,
  templates,
  replicates = [],
  onChange,
}: {
  readonly value: RowFilterValues
  readonly templates: readonly IceTemplateNode[]
  readonly replicates?: readonly ReplicateChoice[]
  readonly onChange: (next: RowFilterValues) => void
}) {
  const mutants = templates.filter((node) => node.level > 0 && node.scores !== undefined)
  const several = replicates.length > 1
  // A template names one replicate's: picked under "every replicate" it is replicate 0's, and the filter says so.
  const pickTemplate = (mutantId: string) =>
    onChange({ ...value, mutantId, ...(several && mutantId !== '' && value.replicate === '' ? { replicate: '0' } : {}) })
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <NativeSelect
        label="Show"
        value={value.only}
        onChange={(event) => onChange({ ...value, only: event.currentTarget.value as RowFilterValues['only'] })}
        data={ICE_ROW_FILTERS.map((only) => ({ value: only, label: ONLY_LABELS[only] }))}
      />
      <NativeSelect
        label="Category"
        value={value.category}
        onChange={(event) => onChange({ ...value, category: event.currentTarget.value })}
        data={[{ value: '', label: 'Every category' }, ...ICE_CATEGORIES.map((category) => ({ value: category, label: categoryLabel(category) }))]}
      />
      <NativeSelect
        label="Language"
        value={value.language}
        onChange={(event) => onChange({ ...value, language: event.currentTarget.value })}
        data={[{ value: '', label: 'Every language' }, ...ICE_LANGUAGES.map((language) => ({ value: language, label: languageLabel(language) }))]}
      />
      {several ? (
        <NativeSelect
          label="Replicate"
          value={value.replicate}
          // Another replicate's templates are other templates: the template filter starts again.
          onChange={(event) => onChange({ ...value, replicate: event.currentTarget.value, mutantId: '' })}
          data={[{ value: '', label: 'Every replicate' }, ...replicateOptions(replicates)]}
        />
      ) : null}
      <NativeSelect
        label="Template"
        {...(several ? { description: `of ${replicateName(Number(value.replicate || 0))}` } : {})}
        value={value.mutantId}
        onChange={(event) => pickTemplate(event.currentTarget.value)}
        data={[
          { value: '', label: 'Every template' },
          ...mutants.map((node) => ({ value: String(node.id), label: `Template ${node.id} (${mutatorLabel(node.mutator)})` })),
        ]}
      />
    </Group>
  )
}
