import { Checkbox, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useId, useMemo, useState } from 'react'
import type { FigureSources } from '../../../../shared/figures/sources'
import { TABLES, tablesFor } from '../../../../shared/tables/catalogue'
import type { TableFormat } from '../../../../shared/tables/formats/index'
import { useSaveTable } from '../../lib/data/useExports'
import {
  chosenTable,
  INITIAL_TABLE_FORM,
  TABLE_FORMAT_OPTIONS,
  tableFormatLabel,
  tableOptionLabel,
  tablePreview,
  tableRequest,
  type TableFormValues,
} from '../../lib/exports/table-form'
import { SaveControls } from './SaveControls'
import { TablePreview } from './TablePreview'

/** Choose a table of these runs and its format, read the exact text, and save it. */
export function TableExportPanel({ runIds, sources }: { readonly runIds: readonly string[]; readonly sources: FigureSources }) {
  const headingId = useId()
  const formatLabelId = useId()
  const [values, setValues] = useState<TableFormValues>(INITIAL_TABLE_FORM)
  const saving = useSaveTable()
  const available = useMemo(() => tablesFor(sources), [sources])
  const name = chosenTable(values, available)
  const request = useMemo(() => (name ? tableRequest(runIds, name, values) : undefined), [runIds, name, values])
  const preview = useMemo(() => (request ? tablePreview(sources, request) : undefined), [sources, request])

  const change = (patch: Partial<TableFormValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    if (!saving.isPending) saving.reset()
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={3} id={headingId}>
        Table
      </Title>
      {name ? (
        <>
          <NativeSelect
            label="Table"
            data={available.map((table) => ({ value: table, label: tableOptionLabel(table) }))}
            value={name}
            onChange={(event) => change({ name: event.currentTarget.value as TableFormValues['name'] })}
          />
          <div>
            <Text id={formatLabelId} fw={500} size="sm" mb={4}>
              Format
            </Text>
            <SegmentedControl<TableFormat>
              aria-labelledby={formatLabelId}
              data={TABLE_FORMAT_OPTIONS.map((option) => ({ ...option }))}
              value={values.format}
              onChange={(format) => change({ format })}
              maw={420}
            />
          </div>
          {TABLES[name].paperOverlay ? (
            <Checkbox
              label="Show the paper’s values"
              description="Adds the rows published by Lee et al. (2025), marked “(paper)”."
              checked={values.paperOverlay}
              onChange={(event) => change({ paperOverlay: event.currentTarget.checked })}
            />
          ) : null}
          {preview ? <TablePreview preview={preview} label={`Preview of the ${name} table as ${tableFormatLabel(values.format)}`} /> : null}
        </>
      ) : (
        <Text size="sm">No table can be made from these runs.</Text>
      )}
      <SaveControls
        label="Save table"
        onSave={() => request && saving.mutate(request)}
        pending={saving.isPending}
        {...(!request ? { disabledReason: 'No table can be made from these runs.' } : preview && 'error' in preview ? { disabledReason: preview.error } : {})}
        {...(saving.isSuccess ? { savedFileName: saving.data } : {})}
        error={saving.error}
      />
    </Stack>
  )
}
