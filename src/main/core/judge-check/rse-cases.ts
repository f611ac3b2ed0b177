/**
 * RSE's canned cases (issue 11 item 4): a question, a reference answer and a candidate whose
 * resemblance to it is known, with the overall scores (1-5) a working judge must give. The texts
 * are ours, written to be plainly what they are meant to be.
 */
export interface RseCase {
  readonly id: string
  readonly label: string
  readonly question: string
  readonly reference: string
  readonly candidate: string
  readonly min: number
  readonly max: number
}

const QUESTION = 'Why is the sky blue during the day?'

const REFERENCE = `Sunlight contains every colour. When it passes through the atmosphere, it collides with nitrogen and oxygen molecules, which are much smaller than the wavelength of visible light. These molecules scatter short wavelengths far more strongly than long ones (Rayleigh scattering, which grows as the inverse fourth power of the wavelength). Blue light is therefore scattered across the whole sky and reaches our eyes from every direction, while red and yellow light mostly travel straight on. Violet is scattered even more, but the Sun emits less of it and our eyes are less sensitive to it, so we see the sky as blue.`

export const RSE_CASES: readonly RseCase[] = [
  {
    id: 'rse-identical',
    label: 'an answer against itself',
    question: QUESTION,
    reference: REFERENCE,
    candidate: REFERENCE,
    min: 4,
    max: 5,
  },
  {
    id: 'rse-unrelated',
    label: 'an answer to another question',
    question: QUESTION,
    reference: REFERENCE,
    candidate: `To keep a sourdough starter healthy, feed it once a day with equal weights of flour and water, and discard about half before each feeding. Keep it at room temperature while you bake often, or in the fridge between bakes, where a weekly feeding is enough. A starter is ready when it doubles within six to eight hours and smells pleasantly sour.`,
    min: 1,
    max: 2,
  },
  {
    id: 'rse-same-facts-other-shape',
    label: 'the same facts, told another way',
    question: QUESTION,
    reference: REFERENCE,
    candidate: `Short version: air scatters blue light the most.\n\n- Sunlight is a mix of all colours.\n- Tiny gas molecules in the air scatter light, and the shorter the wavelength the stronger the effect.\n- Blue is short, so it bounces around the sky and comes at you from everywhere; red passes through.\n\nViolet is even shorter, but sunlight has less of it and our eyes barely pick it up.`,
    min: 2,
    max: 4,
  },
  {
    id: 'rse-partial',
    label: 'a partial answer with other details',
    question: QUESTION,
    reference: REFERENCE,
    candidate: `The sky looks blue because the atmosphere scatters blue light more than other colours. The same effect explains red sunsets: in the evening, sunlight crosses much more air, so most of the blue is scattered away before it reaches us and the remaining light is orange and red. On the Moon, which has no atmosphere, the sky stays black even in daylight.`,
    min: 2,
    max: 4,
  },
]

export function expectedScore(entry: Pick<RseCase, 'min' | 'max'>): string {
  return entry.min === entry.max ? String(entry.min) : `${entry.min} to ${entry.max}`
}
