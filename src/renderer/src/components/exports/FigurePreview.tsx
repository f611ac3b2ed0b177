import { Alert, Box, Stack, Text } from '@mantine/core'
import { useMemo } from 'react'
import { buildFigure, FigureError } from '../../../../shared/figures/build-figure'
import { FIGURES, type FigureName } from '../../../../shared/export-options/figure-names'
import type { FigureSources } from '../../../../shared/figures/sources'
import type { ColourRange } from '../../../../shared/figures/definitions/common'
import type { PaperStyle } from '../../../../shared/export-options/figure-style'
import { FigureCanvas } from '../FigureCanvas'

export interface FigurePreviewProps {
  readonly sources: FigureSources
  readonly name: FigureName
  /** Undefined while a setting is invalid: the preview says so rather than showing stale settings. */
  readonly style: PaperStyle | undefined
  readonly paperOverlay: boolean
  readonly colourRange?: ColourRange
  readonly zoom?: boolean
}

/** The figure as it will be saved, drawn from the same definition at its printed layout (one pixel per point). */
export function FigurePreview({ sources, name, style, paperOverlay, colourRange = 'fixed', zoom = false }: FigurePreviewProps) {
  const built = useMemo(() => {
    if (!style) return undefined
    try {
      return { config: buildFigure(name, sources, { style, paperOverlay, colourRange, zoom }) }
    } catch (error) {
      if (error instanceof FigureError) return { error: error.message }
      throw error
    }
  }, [sources, name, style, paperOverlay, colourRange, zoom])

  if (!built || !style) {
    return (
      <Text size="sm" c="dimmed">
        The preview appears once the settings above are valid.
      </Text>
    )
  }
  if ('error' in built) {
    return (
      <Alert color="yellow" variant="light" title="This figure cannot be drawn">
        {built.error}
      </Alert>
    )
  }
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed">
        Preview at the printed layout, one screen pixel per point (smaller in a narrow window).
      </Text>
      <Box style={{ border: '1px solid var(--mantine-color-default-border)', alignSelf: 'flex-start', maxWidth: '100%', lineHeight: 0 }}>
        <FigureCanvas config={built.config} style={style} label={`Preview of the figure: ${FIGURES[name].description}`} />
      </Box>
    </Stack>
  )
}
