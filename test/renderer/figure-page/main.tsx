import { createRoot } from 'react-dom/client'
import { FigureCanvas } from '../../../src/renderer/src/components/FigureCanvas'
import { buildFigure, FIGURE_NAMES, FIGURES, paperStyle } from '../../../src/shared/figures'
import { iceFixture, rseFixture, withRseChecks } from '../../support/figure-fixtures'

/**
 * Every figure drawn by the app's own component in a real browser (Chromium's canvas and DOM
 * platform), from the same definitions and fixtures the headless export tests use.
 */
const style = paperStyle({ font: 'sans' })
// A run with a ceiling and a floor, so rse-normalised is drawn too.
const sources = { rse: [withRseChecks(rseFixture())], ice: [iceFixture('R&D-model', 'rnd', [120, 40, 5])] }
createRoot(document.getElementById('root')!).render(
  <>
    {FIGURE_NAMES.map((name) => (
      <div key={name} data-figure={name}>
        <FigureCanvas config={buildFigure(name, sources, { style, paperOverlay: FIGURES[name].paperOverlay })} style={style} label={name} />
      </div>
    ))}
  </>,
)
