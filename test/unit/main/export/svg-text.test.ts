import { describe, expect, it } from 'vitest'
import { joinWordRuns } from '../../../../src/main/export/svg-text'

const word = (content: string, xs: string, y = '3', attributes = ' transform="translate(10 20)" font-size="8" font-family="Liberation Serif"') =>
  `<text${attributes} x="${xs}" y="${y}">${content}</text>`

describe('joining the words of one label', () => {
  it('joins adjacent words on one baseline, keeping every glyph where it was and placing the space between', () => {
    const svg = `<g>${word('Llama', '0, 4, 6, 8, 12, ')}${word('3.1', '18, 22, 24, ')}</g>`
    expect(joinWordRuns(svg)).toBe(
      '<g><text transform="translate(10 20)" font-size="8" font-family="Liberation Serif" x="0 4 6 8 12 15 18 22 24" y="3">Llama 3.1</text></g>',
    )
  })

  it('counts an escaped character as one', () => {
    const joined = joinWordRuns(word('R&amp;D', '0 5 10') + word('lab', '17 21 23'))
    expect(joined).toContain('>R&amp;D lab</text>')
  })

  it('leaves apart what is not one label: other elements between, other baselines, far apart, other fonts', () => {
    const apart = [
      word('a', '0') + '<path d="M0 0"/>' + word('b', '6'),
      word('a', '0') + word('b', '6', '9'),
      word('a', '0') + word('b', '40'),
      word('a', '0') + word('b', '6', '3', ' font-size="8" font-family="Liberation Sans"'),
      word('backwards', '50 51 52 53 54 55 56 57 58') + word('b', '6'),
    ]
    for (const svg of apart) expect(joinWordRuns(svg)).toBe(svg.replace(/x="([^"]*)"/g, (_m, xs: string) => `x="${xs}"`))
  })

  it('leaves text alone when positions and characters do not pair up', () => {
    const svg = word('fi', '0') + word('x', '5')
    expect(joinWordRuns(svg)).toBe(svg)
  })
})
