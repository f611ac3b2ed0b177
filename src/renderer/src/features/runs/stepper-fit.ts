// Mantine's Stepper wraps steps that do not fit onto a second row, which reads as a second list;
// the run wizards then show only the current step's title (issue 18 item 6). The choice is made
// from the titles' length rather than from the rendered row, so it cannot flip back and forth as
// the layout changes under it.

/** Bold 14 px text, measured on the steps' titles. */
const PX_PER_CHARACTER = 6.5
/** The step's number in its circle and the gap to its title. */
const STEP_ICON_PX = 48
/** The line between two steps, with its margins, at its shortest. */
const SEPARATOR_PX = 40

/** The width the steps need on one row with every title shown. */
export function stepperWidth(titles: readonly string[]): number {
  const labels = titles.reduce((sum, title) => sum + title.length * PX_PER_CHARACTER, 0)
  return labels + titles.length * STEP_ICON_PX + Math.max(0, titles.length - 1) * SEPARATOR_PX
}

/** Whether every title fits beside its step in `width` px; 0 means not measured yet: the titles show until it is. */
export function stepTitlesFit(width: number, titles: readonly string[]): boolean {
  return width === 0 || stepperWidth(titles) <= width
}
