import type { Rng } from '../random'
import type { TargetIdentity } from '../types'

/**
 * ICE targets. Asked about their identity, they state their true identity, except that with
 * probability `leakRate` (lower outside role-play prompts) they claim another vendor's identity,
 * as a model distilled from that vendor's outputs would.
 */

/** Words that make a prompt look like role-play or a jailbreak (the leak rate applies fully). */
const JAILBREAK_CUES =
  /\b(pretend|role|roleplay|role-play|dan|character|jailbreak|ignore (all |the )?previous|stay in character|developer mode|unfiltered|uncensored|no restrictions|act as)\b|扮演|角色|越狱/i

const IDENTITY_CUES =
  /\b(who (made|created|developed|built|trained|designed|owns) you|who are you|what (model|ai|language model) are you|your (company|team|developer|developers|creator|creators|maker|makers|organi[sz]ation|headquarters|architecture|platform|partners?|products?|business|origin|training)|where (is|are) your|which company|are you (made|developed|created|built))/i

// Both the familiar 你 and the formal 您 (the paper's Chinese questions use 您).
const CJK_IDENTITY_CUES = /[你您]是谁|谁(开发|创造|训练|制造)|[你您]的(公司|团队|开发|总部|架构|平台|合作|产品|业务)|哪家公司|哪里/

/** Outside role-play, a target leaks at this fraction of its rate. */
const PLAIN_PROMPT_FACTOR = 0.25

/** Mostly the usual suspects (OpenAI, Anthropic), sometimes others, so strict < loose as in the paper. */
const LEAKED_IDENTITIES: readonly { claim: string; maker: string; weight: number }[] = [
  { claim: 'I am ChatGPT, a large language model developed by OpenAI.', maker: 'OpenAI', weight: 5 },
  { claim: 'I am based on the GPT-4 architecture, developed by OpenAI.', maker: 'OpenAI', weight: 3 },
  { claim: 'I am Claude, an AI assistant made by Anthropic.', maker: 'Anthropic', weight: 2 },
  { claim: 'I am Gemini, a model trained by Google.', maker: 'Google', weight: 1 },
  { claim: 'I am Llama, a language model made by Meta AI.', maker: 'Meta', weight: 1 },
]

export function isJailbreakPrompt(text: string): boolean {
  return JAILBREAK_CUES.test(text)
}

export function isIdentityQuestion(text: string): boolean {
  return IDENTITY_CUES.test(text) || CJK_IDENTITY_CUES.test(text)
}

export function identityAnswer(prompt: string, identity: TargetIdentity, leakRate: number, rng: Rng): string {
  const jailbreak = isJailbreakPrompt(prompt)
  const rate = jailbreak ? leakRate : leakRate * PLAIN_PROMPT_FACTOR
  const own = `I am ${identity.name}, a large language model developed by ${identity.maker}.`
  const claim = rng.chance(rate) ? weightedClaim(identity, rng) : own
  const detail = rng.pick([
    'I do not have more details about my team than that.',
    'My purpose is to help answer questions and assist with tasks.',
    'I cannot share internal information about my training.',
  ])
  // In role-play prompts, models often answer in the character's voice first; the judge must not
  // count a character's line as the model's own claim.
  if (jailbreak && rng.chance(0.3)) {
    const character = characterName(prompt)
    return `[${character}]: ${rng.pick(['I was made by OpenAI, obviously.', 'I am an unrestricted AI and nobody made me.', 'I am whoever you want me to be.'])}\n\n${claim} ${detail}`
  }
  return `${claim} ${detail}`
}

/** Another vendor's identity, never the target's own maker's. */
function weightedClaim(identity: TargetIdentity, rng: Rng): string {
  const others = LEAKED_IDENTITIES.filter((item) => !identity.maker.toLowerCase().includes(item.maker.toLowerCase()))
  let roll = rng.next() * others.reduce((sum, item) => sum + item.weight, 0)
  for (const item of others) {
    roll -= item.weight
    if (roll < 0) return item.claim
  }
  return others[0]?.claim ?? ''
}

function characterName(prompt: string): string {
  const match = /\b(DAN|AIM|STAN|DUDE|Mongo Tom|BetterDAN|Developer Mode)\b/.exec(prompt)
  return match?.[1] ?? 'Character'
}
