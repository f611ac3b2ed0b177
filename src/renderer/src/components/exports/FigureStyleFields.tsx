import { Checkbox, Group, NativeSelect, NumberInput, Stack } from '@mantine/core'
import type { FontChoice } from '../../../../shared/export-options/figure-style'
import { FONT_OPTIONS, type FigureField, type FigureFormValues } from '../../lib/exports/figure-form'

export interface FigureFieldsProps {
  readonly values: FigureFormValues
  readonly errors: Partial<Record<FigureField, string>>
  readonly onChange: (patch: Partial<FigureFormValues>) => void
}

/**
 * The paper style: the font and its printed size, the figure's printed width and height, and the
 * title. Bounds are not clamped as one types: a value out of range says so next to the field.
 */
export function FigureStyleFields({ values, errors, onChange }: FigureFieldsProps) {
  return (
    <Stack gap="sm">
      <Group gap="md" grow align="flex-start">
        <NativeSelect
          label="Font"
          data={FONT_OPTIONS.map((option) => ({ ...option }))}
          value={values.font}
          onChange={(event) => onChange({ font: event.currentTarget.value as FontChoice })}
        />
        <NumberInput
          label="Font size (pt)"
          description="As printed; 8 to 10 pt suits most papers."
          value={values.fontSizePt}
          onChange={(fontSizePt) => onChange({ fontSizePt })}
          error={errors.fontSizePt}
          min={5}
          max={24}
          step={0.5}
          decimalScale={1}
          clampBehavior="none"
          allowNegative={false}
        />
      </Group>
      <Group gap="md" grow align="flex-start">
        <NumberInput
          label="Width (in)"
          description="6.5 for a full text width, about 3.3 for one column."
          value={values.widthIn}
          onChange={(widthIn) => onChange({ widthIn })}
          error={errors.widthIn}
          min={1}
          max={20}
          step={0.1}
          decimalScale={2}
          clampBehavior="none"
          allowNegative={false}
        />
        <NumberInput
          label="Height ratio"
          description="The height as a fraction of the width."
          value={values.aspect}
          onChange={(aspect) => onChange({ aspect })}
          error={errors.aspect}
          min={0.2}
          max={3}
          step={0.05}
          decimalScale={2}
          clampBehavior="none"
          allowNegative={false}
        />
      </Group>
      <Checkbox
        label="Title"
        description="Leave it off when the caption says it."
        checked={values.title}
        onChange={(event) => onChange({ title: event.currentTarget.checked })}
      />
    </Stack>
  )
}
