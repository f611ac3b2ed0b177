/**
 * Puts a judge's reply in one canonical form before any matching, so the matchers need one pattern
 * per idea: NFKC turns full-width digits, colons, slashes and braces (common in Chinese replies:
 * "总体相似度：４／５") into ASCII; curly quotes become straight, the minus sign a hyphen; Chinese digits one to five become
 * digits where they are clearly a score ("四分", "：四"); line endings become \n.
 */

const CHINESE_DIGITS: Readonly<Record<string, string>> = { 零: '0', 〇: '0', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5' }

/** Nothing above changes plain ASCII without carriage returns (NFKC leaves ASCII as it is), the common reply. */
const NEEDS_WORK = /[\r\u0080-\uffff]/

export function normalizeReply(text: string): string {
  if (!NEEDS_WORK.test(text)) return text
  return text
    .normalize('NFKC')
    .replace(/\r\n?/g, '\n')
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\u2212/g, '-')
    .replace(/[零〇一二两三四五](?=\s*分)|(?<=[:=]\s*)[零〇一二两三四五](?![\p{Script=Han}])/gu, (digit) => CHINESE_DIGITS[digit] ?? digit)
}
