import { NumberInput, SegmentedControl, Stack, Text } from '@mantine/core'
import { useId } from 'react'
import { MAX_DPI, MIN_DPI, type FigureFormat } from '../../../../shared/export-options/figure-file'
import { FIGURE_FORMAT_OPTIONS } from '../../lib/exports/figure-form'
import type { FigureFieldsProps } from './FigureStyleFields'

const FORMAT_HINTS: Readonly<Record<FigureFormat, string>> = {
  png: 'An image of exactly the width times the DPI in pixels, for slides and word processors.',
  svg: 'Vector, text kept as text: editable in Inkscape or Illustrator.',
  pdf: 'Vector, fonts embedded: sharp in LaTeX’s \\includegraphics.',
}

/** The file's format and, for PNG, its resolution. */
export function FigureFormatFields({ values, errors, onChange }: FigureFieldsProps) {
  const labelId = useId()
  const hintId = useId()
  return (
    <Stack gap="sm">
      <div>
        <Text id={labelId} fw={500} size="sm">
          Format
        </Text>
        <Text id={hintId} size="sm" c="dimmed">
          {FORMAT_HINTS[values.format]}
        </Text>
      </div>
      <SegmentedControl<FigureFormat>
        aria-labelledby={labelId}
        aria-describedby={hintId}
        data={FIGURE_FORMAT_OPTIONS.map((option) => ({ ...option }))}
        value={values.format}
        onChange={(format) => onChange({ format })}
        maw={360}
      />
      {values.format === 'png' ? (
        <NumberInput
          label="DPI"
          description={`Dots per inch, from ${MIN_DPI} to ${MAX_DPI}; publishers usually ask for 300 or more.`}
          value={values.dpi}
          onChange={(dpi) => onChange({ dpi })}
          error={errors.dpi}
          min={MIN_DPI}
          max={MAX_DPI}
          step={50}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          maw={360}
        />
      ) : null}
    </Stack>
  )
}
