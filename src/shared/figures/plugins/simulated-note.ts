import type { Chart, Plugin } from 'chart.js'
import './types'

/**
 * Writes a line at the figure's bottom right saying its data is simulated (issue 18 item 2), so a
 * demo figure cannot slip into a paper unmarked even with its title left off. The figure reserves
 * room for it (withSimulatedNote). Off unless a figure sets `plugins.dsSimulatedNote.text`.
 */
export const simulatedNotePlugin: Plugin = {
  id: 'dsSimulatedNote',
  defaults: { text: null },
  afterDraw(chart: Chart, _args, options: { text?: string | null; font?: { family?: string; size?: number }; colour?: string; inset?: number }) {
    if (!options.text) return
    const { ctx } = chart
    const size = options.font?.size ?? 7
    ctx.save()
    ctx.fillStyle = options.colour ?? '#000000'
    ctx.font = `italic ${size}px ${options.font?.family ?? 'sans-serif'}`
    ctx.textAlign = 'right'
    ctx.textBaseline = 'bottom'
    // Inside the figure's padding, so the note never touches the image's edge either.
    const inset = options.inset ?? size * 0.5
    ctx.fillText(options.text, chart.width - inset, chart.height - inset, Math.max(1, chart.width - 2 * inset))
    ctx.restore()
  },
}
