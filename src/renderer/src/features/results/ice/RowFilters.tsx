import { Group, NativeSelect } from '@mantine/core'
import { ICE_ROW_FILTERS, type IceTemplateNode } from '../../../../../shared/contract/index'
import { ICE_CATEGORIES, ICE_LANGUAGES } from '../../../../../shared/ice/names'
import { categoryLabel, languageLabel } from '../../../lib/format'
import { mutatorLabel } from '../../../lib/runs/ice-labels'

export interface RowFilterValues {
  readonly only: (typeof ICE_ROW_FILTERS)[number]
  readonly category: string
  readonly language: string
  /** '' for every template. */
  readonly mutantId: string
}

export const NO_ROW_FILTERS: RowFilterValues = { only: 'all', category: '', language: '', mutantId: '' }

const ONLY_LABELS: Readonly<Record<RowFilterValues['only'], string>> = {
  all: 'All answers',
  loose: 'Loose positives',
  strict: 'Strict positives',
  hard: 'Hard positives',
  unjudged: 'Not judged',
  split: 'Panel split',
}

/** The attack rows' filters: positives of a measure, category, language, template. */
export function RowFilters({
  value,
  templates,
  onChange,
}: {
  readonly value: RowFilterValues
  readonly templates: readonly IceTemplateNode[]
  readonly onChange: (next: RowFilterValues) => void
}) {
  const mutants = templates.filter((node) => node.level > 0 && node.scores !== undefined)
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
      <NativeSelect
        label="Template"
        value={value.mutantId}
        onChange={(event) => onChange({ ...value, mutantId: event.currentTarget.value })}
        data={[
          { value: '', label: 'Every template' },
          ...mutants.map((node) => ({ value: String(node.id), label: `Template ${node.id} (${mutatorLabel(node.mutator)})` })),
        ]}
      />
    </Group>
  )
}
