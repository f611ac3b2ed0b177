import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, PointElement, ScatterController, SubTitle, Title, Tooltip } from 'chart.js'
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix'
import { backgroundPlugin } from './plugins/background'
import { colourBarPlugin } from './plugins/colour-bar'
import { errorBarsPlugin } from './plugins/error-bars'
import { simulatedNotePlugin } from './plugins/simulated-note'
import { valueLabelsPlugin } from './plugins/value-labels'

/**
 * Registers exactly what our figures use with Chart.js (tree-shaken: no line or pie charts), plus
 * our plugins. Called by the app's window and by headless export, so both draw the same pixels
 * from the same definitions. Registering twice is harmless.
 */
export function registerFigureCharts(): typeof Chart {
  Chart.register(
    BarController,
    BarElement,
    ScatterController,
    PointElement,
    CategoryScale,
    LinearScale,
    Legend,
    Title,
    SubTitle,
    Tooltip,
    MatrixController,
    MatrixElement,
    errorBarsPlugin,
    valueLabelsPlugin,
    backgroundPlugin,
    simulatedNotePlugin,
    colourBarPlugin,
  )
  return Chart
}
