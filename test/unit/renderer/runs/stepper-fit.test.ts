import { describe, expect, it } from 'vitest'
import { stepTitlesFit, stepperWidth } from '../../../../src/renderer/src/features/runs/stepper-fit'

const RSE = ['Reference model', 'Students', 'Judge', 'Prompt sets', 'Options', 'Estimate and start']
const ICE = ['Target and its identity', 'Helper and judge', 'Questions and templates', 'Method', 'Budget and options', 'Estimate and start']

describe('whether the wizard steps keep their titles on one row', () => {
  it('keeps the RSE titles in the widest dialog and drops them in the narrowest window', () => {
    // The wizard's dialog is 960 px wide (928 px inside) from a 1280 px window, about 770 px inside at 900 px.
    expect(stepTitlesFit(928, RSE)).toBe(true)
    expect(stepTitlesFit(770, RSE)).toBe(false)
  })

  it('drops the ICE titles, which are longer, even in the widest dialog', () => {
    expect(stepTitlesFit(928, ICE)).toBe(false)
  })

  it('grows with each title and each step', () => {
    expect(stepperWidth(['Judge', 'Options'])).toBeLessThan(stepperWidth(['Judge', 'Options and more']))
    expect(stepperWidth(['Judge'])).toBeLessThan(stepperWidth(['Judge', 'Judge']))
    expect(stepperWidth([])).toBe(0)
  })

  it('shows the titles until the row has been measured', () => {
    expect(stepTitlesFit(0, ICE)).toBe(true)
  })
})
