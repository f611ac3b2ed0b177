/** METHOD.md 2.6: the suspected-source keywords, matched as case-insensitive substrings. */
export { DEFAULT_HARD_KEYWORDS } from '../../../../../shared/ice/names'
import { DEFAULT_HARD_KEYWORDS } from '../../../../../shared/ice/names'

/**
 * Whether a template names the suspected source itself (then a strict positive is not hard: the
 * prompt suggested the identity). Case-insensitive substring match, as METHOD.md 2.6 states.
 */
export function templateMentionsKeyword(template: string, keywords: readonly string[] = DEFAULT_HARD_KEYWORDS): boolean {
  const lower = template.toLowerCase()
  return keywords.some((keyword) => keyword.trim() !== '' && lower.includes(keyword.trim().toLowerCase()))
}

/** Hard = a strict positive whose template contains none of the keywords. */
export function isHard(strictPositive: boolean, template: string, keywords: readonly string[] = DEFAULT_HARD_KEYWORDS): boolean {
  return strictPositive && !templateMentionsKeyword(template, keywords)
}
