import { Alert, Checkbox, NativeSelect, SimpleGrid, Stack, Title } from '@mantine/core'
import { useId, useMemo, useState } from 'react'
import { FIGURES } from '../../../../shared/export-options/figure-names'
import { figuresFor } from '../../../../shared/figures/build-figure'
import type { FigureSources } from '../../../../shared/figures/sources'
import { checkFigure, chosenFigure, figureOptionLabel, figureSizeText, INITIAL_FIGURE_FORM, type FigureFormValues } from '../../lib/exports/figure-form'
import { FigureScaleFields } from './FigureScaleFields'
import { FigureFormatFields } from './FigureFormatFields'
import { FigurePreview } from './FigurePreview'
import { FigureStyleFields } from './FigureStyleFields'
import { SaveControls } from './SaveControls'
import { useSaveFigure } from '../../lib/data/useExports'

export interface FigureExportPanelProps {
  /** The same array while the ids are the same (ExportSection sees to it): the request is memoized on it. */
  readonly runIds: readonly string[]
  readonly sources: FigureSources
}

/** Choose a figure of these runs, its format and paper style, see it, and save it. */
export function FigureExportPanel({ runIds, sources }: FigureExportPanelProps) {
  const headingId = useId()
  const [values, setValues] = useState<FigureFormValues>(INITIAL_FIGURE_FORM)
  const saving = useSaveFigure()
  const available = useMemo(() => figuresFor(sources), [sources])
  const name = chosenFigure(values, available)
  // Memoized on what it reads, so the preview is redrawn only when a setting changes.
  const check = useMemo(() => (name ? checkFigure(runIds, name, values) : undefined), [runIds, name, values])

  const change = (patch: Partial<FigureFormValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    // A message about the last save would describe other settings.
    if (!saving.isPending) saving.reset()
  }
  const disabledReason = !name
    ? 'No figure can be drawn from these runs.'
    : check && !check.ok
      ? (check.general ?? 'Correct the settings marked above first.')
      : undefined

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={3} id={headingId}>
        Figure
      </Title>
      {available.length === 0 ? (
        <Alert color="gray" variant="light" title="No figure for these runs">
          A figure needs one RSE run (per student and prompt set), ICE runs (per model), one ICE run (per category or language) or an RSE and an ICE run of the
          same model (the scatter).
        </Alert>
      ) : (
        <>
          <NativeSelect
            label="Figure"
            data={available.map((figure) => ({ value: figure, label: figureOptionLabel(figure) }))}
            value={name}
            onChange={(event) => change({ name: event.currentTarget.value as FigureFormValues['name'] })}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="sm">
            <FigureFormatFields values={values} errors={check && !check.ok ? check.errors : {}} onChange={change} />
            <FigureStyleFields values={values} errors={check && !check.ok ? check.errors : {}} onChange={change} />
          </SimpleGrid>
          {name && FIGURES[name].paperOverlay ? (
            <Checkbox
              label="Show the paper’s values"
              description="Adds the values published by Lee et al. (2025), drawn lighter and labelled “(paper)”."
              checked={values.paperOverlay}
              onChange={(event) => change({ paperOverlay: event.currentTarget.checked })}
            />
          ) : null}
          {name ? <FigureScaleFields name={name} values={values} onChange={change} /> : null}
          {name ? (
            <FigurePreview
              sources={sources}
              name={name}
              style={check?.ok ? check.style : undefined}
              paperOverlay={check?.ok ? check.paperOverlay : false}
              colourRange={check?.ok ? check.colourRange : 'fixed'}
              zoom={check?.ok ? check.zoom : false}
            />
          ) : null}
        </>
      )}
      <SaveControls
        label="Save figure"
        onSave={() => check?.ok && saving.mutate(check.input)}
        pending={saving.isPending}
        {...(disabledReason === undefined ? {} : { disabledReason })}
        detail={check?.ok ? figureSizeText(values.format, check.style, check.input.dpi) : undefined}
        {...(saving.isSuccess ? { savedFileName: saving.data } : {})}
        error={saving.error}
      />
    </Stack>
  )
}
