import { Checkbox, NativeSelect } from '@mantine/core'
import { FIGURES, type FigureName } from '../../../../shared/export-options/figure-names'
import type { ColourRange } from '../../../../shared/figures/definitions/common'
import { COLOUR_RANGE_OPTIONS, type FigureFormValues } from '../../lib/exports/figure-form'

export interface FigureScaleFieldsProps {
  readonly name: FigureName
  readonly values: FigureFormValues
  readonly onChange: (patch: Partial<FigureFormValues>) => void
}

/**
 * The figure's scale, shown only for figures that have a choice: the heat map's colours (the 1-5
 * scale or the data's range) and the zoom of ICE rate axes. Either way the figure labels the choice.
 */
export function FigureScaleFields({ name, values, onChange }: FigureScaleFieldsProps) {
  const info = FIGURES[name]
  return (
    <>
      {info.colourRange ? (
        <NativeSelect
          label="Colour scale"
          description="The fixed scale lets heat maps of different runs be compared; the data’s range shows small differences."
          data={COLOUR_RANGE_OPTIONS.map((option) => ({ ...option }))}
          value={values.colourRange}
          onChange={(event) => onChange({ colourRange: event.currentTarget.value as ColourRange })}
        />
      ) : null}
      {info.zoom ? (
        <Checkbox
          label="Zoom to the data"
          description="Fits the value axis to the values instead of its whole scale (0 to 1 for rates); the axis title says so."
          checked={values.zoom}
          onChange={(event) => onChange({ zoom: event.currentTarget.checked })}
        />
      ) : null}
    </>
  )
}
