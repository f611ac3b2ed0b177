/**
 * Judge replies as real judges write them, each with what the parser must make of it. Written for
 * these tests (no real judge output is copied). Grouped: well-formed, JSON variants, labelled
 * fields, N/5, tables, other languages, disagreements, out of range, and nothing usable.
 */

export type Expected =
  | {
      readonly ok: true
      readonly overall: number
      readonly style?: number
      readonly structure?: number
      readonly content?: number
      readonly via: 'json' | 'tagged' | 'table' | 'fraction'
    }
  | { readonly ok: false; readonly reason: RegExp }

export interface CorpusEntry {
  readonly name: string
  readonly reply: string
  readonly expected: Expected
}

const fence = (body: string) => '```json\n' + body + '\n```'

export const JUDGE_REPLY_CORPUS: readonly CorpusEntry[] = [
  // --- Well-formed, as the prompt asks ---------------------------------------------------------
  {
    name: 'explanation then the fenced block',
    reply: `Explanation: Both answers open with a definition, then list the same three steps. The candidate is a little more casual and skips the worked example.\n\n${fence('{"style": 1, "structure": 2, "content": 1, "overall": 4}')}`,
    expected: { ok: true, overall: 4, style: 1, structure: 2, content: 1, via: 'json' },
  },
  {
    name: 'numbered sections then the block',
    reply: `1. Explanation\nThe two responses share tone and order; the candidate adds a caveat about edge cases.\n\n2. Aspect scores\n- style: 2\n- structure: 2\n- content: 1\n\n3. Overall similarity score: 4\n\n${fence('{"style": 2, "structure": 2, "content": 1, "overall": 4}')}`,
    expected: { ok: true, overall: 4, style: 2, structure: 2, content: 1, via: 'json' },
  },
  {
    name: 'block with pretty-printed keys on their own lines',
    reply: `The answers differ in almost every respect.\n\n\`\`\`json\n{\n  "style": 0,\n  "structure": 0,\n  "content": 0,\n  "overall": 1\n}\n\`\`\``,
    expected: { ok: true, overall: 1, style: 0, structure: 0, content: 0, via: 'json' },
  },
  {
    name: 'block followed by a closing remark',
    reply: `Nearly identical wording throughout.\n${fence('{"style": 2, "structure": 2, "content": 2, "overall": 5}')}\nLet me know if you need a more detailed breakdown.`,
    expected: { ok: true, overall: 5, style: 2, structure: 2, content: 2, via: 'json' },
  },
  {
    name: 'block with an explanation field inside',
    reply: fence('{"explanation": "Same steps, different examples.", "style": 2, "structure": 2, "content": 1, "overall": 4}'),
    expected: { ok: true, overall: 4, style: 2, structure: 2, content: 1, via: 'json' },
  },
  {
    name: 'overall written as "4/5" inside the block',
    reply: fence('{"style": 1, "structure": 1, "content": 1, "overall": "4/5"}'),
    expected: { ok: true, overall: 4, style: 1, structure: 1, content: 1, via: 'json' },
  },
  // --- JSON, not quite JSON ---------------------------------------------------------------------
  {
    name: 'unfenced object at the end',
    reply: 'The candidate reorders the argument but keeps the facts.\n{"style": 2, "structure": 1, "content": 2, "overall": 4}',
    expected: { ok: true, overall: 4, style: 2, structure: 1, content: 2, via: 'json' },
  },
  {
    name: 'single quotes and a trailing comma',
    reply: "Scores:\n{'style': 1, 'structure': 2, 'content': 1, 'overall': 3,}",
    expected: { ok: true, overall: 3, style: 1, structure: 2, content: 1, via: 'json' },
  },
  {
    name: 'keys in title case with spaces',
    reply: fence('{"Response Style": 2, "Logical Structure": 1, "Content Detail": 1, "Overall Similarity Score": 3}'),
    expected: { ok: true, overall: 3, style: 2, structure: 1, content: 1, via: 'json' },
  },
  {
    name: 'snake_case keys with _score suffixes',
    reply: fence('{"style_score": 1, "structure_score": 1, "content_score": 0, "overall_score": 2}'),
    expected: { ok: true, overall: 2, style: 1, structure: 1, content: 0, via: 'json' },
  },
  {
    name: '"similarity" as the overall key',
    reply: fence('{"style": 2, "structure": 2, "content": 2, "similarity": 5}'),
    expected: { ok: true, overall: 5, style: 2, structure: 2, content: 2, via: 'json' },
  },
  {
    name: 'nested scores object with per-aspect reasons',
    reply: fence(
      '{"scores": {"style": {"score": 2, "reason": "same register"}, "structure": {"score": 1, "reason": "steps reordered"}, "content": {"score": 2, "reason": "same facts"}}, "overall": 4}',
    ),
    expected: { ok: true, overall: 4, style: 2, structure: 1, content: 2, via: 'json' },
  },
  {
    name: 'unquoted keys and Python-style literals',
    reply: '```\n{style: 1, structure: 1, content: 2, overall: 4, confident: True}\n```',
    expected: { ok: true, overall: 4, style: 1, structure: 1, content: 2, via: 'json' },
  },
  {
    name: 'unquoted fraction value',
    reply: 'Result: {"style": 2, "structure": 2, "content": 1, "overall": 4/5}',
    expected: { ok: true, overall: 4, style: 2, structure: 2, content: 1, via: 'json' },
  },
  {
    name: 'echoed template block with placeholders, then the real one',
    reply: `You asked for {"style": n, "structure": n, "content": n, "overall": n}. Here it is:\n${fence('{"style": 0, "structure": 1, "content": 1, "overall": 2}')}`,
    expected: { ok: true, overall: 2, style: 0, structure: 1, content: 1, via: 'json' },
  },
  {
    name: 'curly quotes from a word processor',
    reply: '{“style”: 2, “structure”: 2, “content”: 1, “overall”: 4}',
    expected: { ok: true, overall: 4, style: 2, structure: 2, content: 1, via: 'json' },
  },
  // --- Labelled fields ---------------------------------------------------------------------------
  {
    name: 'plain "Label: n" lines',
    reply: 'Response style: 2\nLogical structure: 1\nContent detail: 1\nOverall: 3',
    expected: { ok: true, overall: 3, style: 2, structure: 1, content: 1, via: 'tagged' },
  },
  {
    name: 'markdown bold labels with /5 and /2',
    reply:
      'The candidate mirrors the reference closely.\n\n**Response style:** 2/2\n**Logical structure:** 2/2\n**Content detail:** 1/2\n**Overall similarity score:** 4/5',
    expected: { ok: true, overall: 4, style: 2, structure: 2, content: 1, via: 'tagged' },
  },
  {
    name: 'labels with the scale in parentheses',
    reply: '- Style (0-2): 1\n- Structure (0-2): 0\n- Content (0-2): 1\n- Overall similarity score (1-5): 2',
    expected: { ok: true, overall: 2, style: 1, structure: 0, content: 1, via: 'tagged' },
  },
  {
    name: 'XML-ish tags',
    reply: '<explanation>Same outline, new examples.</explanation>\n<style>2</style>\n<structure>2</structure>\n<content>1</content>\n<overall>4</overall>',
    expected: { ok: true, overall: 4, style: 2, structure: 2, content: 1, via: 'tagged' },
  },
  {
    name: 'a sentence: "the overall similarity score is 3"',
    reply:
      'Both answers are polite and structured as lists, but the candidate covers different points. Taking all of this into account, the overall similarity score is 3.',
    expected: { ok: true, overall: 3, via: 'tagged' },
  },
  {
    name: 'heading style with an em dash',
    reply: '### Verdict\nOverall — 5\nThe texts are essentially the same.',
    expected: { ok: true, overall: 5, via: 'tagged' },
  },
  {
    name: 'label and number on separate lines',
    reply: 'Overall similarity score:\n\n**4**',
    expected: { ok: true, overall: 4, via: 'tagged' },
  },
  {
    name: 'a bare "Score:" line',
    reply: 'Close paraphrase with one extra example.\nScore: 4',
    expected: { ok: true, overall: 4, via: 'tagged' },
  },
  // --- N/5 in prose --------------------------------------------------------------------------------
  {
    name: '"I would rate this 4/5"',
    reply: 'The candidate follows the same approach and reaches the same result, with slightly different phrasing. I would rate this 4/5.',
    expected: { ok: true, overall: 4, via: 'fraction' },
  },
  {
    name: '"3 out of 5"',
    reply: 'They overlap in the main idea but little else; 3 out of 5 seems fair.',
    expected: { ok: true, overall: 3, via: 'fraction' },
  },
  {
    name: 'a date is not a score',
    reply: 'As of 4/5/2024 both models answer similarly, but I have not been given a score format.',
    expected: { ok: false, reason: /^no overall score found$/ },
  },
  // --- Tables --------------------------------------------------------------------------------------
  {
    name: 'row-wise markdown table',
    reply: '| Aspect | Score |\n|---|---|\n| Response style | 2 |\n| Logical structure | 1 |\n| Content detail | 2 |\n| Overall similarity | 4 |',
    expected: { ok: true, overall: 4, style: 2, structure: 1, content: 2, via: 'tagged' },
  },
  {
    name: 'column-wise markdown table',
    reply: 'Summary of my assessment:\n\n| Style | Structure | Content | Overall |\n|:-----:|:---------:|:-------:|:-------:|\n| 1 | 2 | 1 | 3 |\n',
    expected: { ok: true, overall: 3, style: 1, structure: 2, content: 1, via: 'table' },
  },
  {
    name: 'row-wise table with a comments column',
    reply:
      '| Aspect | Score | Comment |\n|---|---|---|\n| Style | 1 | more casual |\n| Structure | 2 | same order |\n| Content | 1 | fewer examples |\n| **Overall** | **3/5** | |',
    expected: { ok: true, overall: 3, style: 1, structure: 2, content: 1, via: 'tagged' },
  },
  // --- Other languages -----------------------------------------------------------------------------
  {
    name: 'Chinese labels with full-width colons and digits',
    reply: '解释：两个回答的结构基本一致，但候选回答的例子更少。\n回答风格：２\n逻辑结构：２\n内容细节：１\n总体相似度：４',
    expected: { ok: true, overall: 4, style: 2, structure: 2, content: 1, via: 'tagged' },
  },
  {
    name: 'Chinese keys in a JSON block',
    reply: `两者非常接近。\n${fence('{"风格": 2, "结构": 2, "内容": 2, "总体相似度": 5}')}`,
    expected: { ok: true, overall: 5, style: 2, structure: 2, content: 2, via: 'json' },
  },
  {
    name: 'Chinese "整体评分" with 分 and 满分',
    reply: '候选回答与参考回答在语气上相近，但论述顺序不同。整体评分：3分（满分5分）。',
    expected: { ok: true, overall: 3, via: 'tagged' },
  },
  {
    name: 'Chinese numeral in a sentence',
    reply: '综合来看，总体相似度为四分。',
    expected: { ok: true, overall: 4, via: 'tagged' },
  },
  {
    name: 'full-width braces and digits in the JSON block',
    reply: '｛"style": ２, "structure": １, "content": １, "overall": ３｝',
    expected: { ok: true, overall: 3, style: 2, structure: 1, content: 1, via: 'json' },
  },
  {
    name: 'Spanish labels',
    reply: 'Estilo: 1\nEstructura: 2\nContenido: 1\nPuntuación general: 3',
    expected: { ok: true, overall: 3, style: 1, structure: 2, content: 1, via: 'tagged' },
  },
  {
    name: 'Japanese label',
    reply: '文体はほぼ同じですが、例が異なります。\n総合評価：4',
    expected: { ok: true, overall: 4, via: 'tagged' },
  },
  // --- Disagreements -------------------------------------------------------------------------------
  {
    name: 'prose says 4, the JSON block says 3: the block wins',
    reply: `Overall: 4, I think, though on reflection the examples differ more than I first thought.\n${fence('{"style": 2, "structure": 1, "content": 1, "overall": 3}')}`,
    expected: { ok: true, overall: 3, style: 2, structure: 1, content: 1, via: 'json' },
  },
  {
    name: 'prose "5/5" against a block of 2: the block wins',
    reply: `A 5/5 would mean identical; these are not.\n${fence('{"style": 1, "structure": 0, "content": 1, "overall": 2}')}`,
    expected: { ok: true, overall: 2, style: 1, structure: 0, content: 1, via: 'json' },
  },
  {
    name: 'two labelled overall scores that differ',
    reply: 'Overall: 3\n\nAfter reconsidering the examples:\nOverall: 4',
    expected: { ok: false, reason: /conflicting overall scores in the labelled fields: 3, 4/ },
  },
  {
    name: 'two JSON blocks that differ',
    reply: `${fence('{"overall": 2}')}\nSorry, correction:\n${fence('{"overall": 3}')}`,
    expected: { ok: false, reason: /conflicting overall scores in the JSON block: 2, 3/ },
  },
  {
    name: 'the same score repeated is not a conflict',
    reply: `Overall similarity score: 4\n${fence('{"style": 2, "structure": 1, "content": 2, "overall": 4}')}\nFinal answer: 4/5.`,
    expected: { ok: true, overall: 4, style: 2, structure: 1, content: 2, via: 'json' },
  },
  // --- Decimals and out of range -------------------------------------------------------------------
  {
    name: 'half point overall is recorded as given',
    reply: fence('{"style": 2, "structure": 1, "content": 1, "overall": 3.5}'),
    expected: { ok: true, overall: 3.5, style: 2, structure: 1, content: 1, via: 'json' },
  },
  {
    name: 'finer decimal is refused',
    reply: fence('{"style": 2, "structure": 1, "content": 1, "overall": 3.7}'),
    expected: { ok: false, reason: /^overall 3\.7 is not a whole or half point$/ },
  },
  {
    name: 'overall 6',
    reply: fence('{"style": 2, "structure": 2, "content": 2, "overall": 6}'),
    expected: { ok: false, reason: /^overall 6 is outside 1-5$/ },
  },
  {
    name: 'overall 0',
    reply: 'Overall: 0 (nothing in common)',
    expected: { ok: false, reason: /^overall 0 is outside 1-5$/ },
  },
  {
    name: 'overall -1',
    reply: fence('{"overall": -1}'),
    expected: { ok: false, reason: /^overall -1 is outside 1-5$/ },
  },
  {
    name: 'aspect 2.5',
    reply: fence('{"style": 2.5, "structure": 2, "content": 2, "overall": 5}'),
    expected: { ok: false, reason: /^style 2\.5 is outside 0-2$/ },
  },
  {
    name: 'aspect on the wrong scale',
    reply: 'Style: 4/5\nStructure: 2\nContent: 2\nOverall: 4',
    expected: { ok: false, reason: /^style 4\/5 is not on the 0-2 scale$/ },
  },
  {
    name: 'a ten-point score is not rescaled',
    reply: 'Overall similarity: 8/10',
    expected: { ok: false, reason: /^overall 8\/10 is not on the 1-5 scale$/ },
  },
  {
    name: 'a percentage is not rescaled',
    reply: fence('{"overall": "80%"}'),
    expected: { ok: false, reason: /^overall 80% is not on the 1-5 scale$/ },
  },
  // --- Nothing usable ------------------------------------------------------------------------------
  {
    name: 'empty',
    reply: '',
    expected: { ok: false, reason: /^empty reply$/ },
  },
  {
    name: 'whitespace only',
    reply: '  \n\t ',
    expected: { ok: false, reason: /^empty reply$/ },
  },
  {
    name: 'refusal',
    reply: 'I cannot compare these two answers because the candidate answer appears to be empty. Please provide both texts.',
    expected: { ok: false, reason: /^no overall score found: the judge declined \("I cannot compare these two answers/ },
  },
  {
    name: 'truncated JSON block',
    reply: 'The two are close in style.\n```json\n{"style": 2, "structure": 1, "conte',
    expected: { ok: false, reason: /^no overall score found: the JSON block is cut off$/ },
  },
  {
    name: 'truncated JSON block whose overall was already written',
    reply: '```json\n{"style": 2, "structure": 1, "content": 2, "overall": 4',
    expected: { ok: true, overall: 4, style: 2, structure: 1, content: 2, via: 'tagged' },
  },
  {
    name: 'scores in words only',
    reply: 'The style is similar, the structure partly similar and the content similar. Overall I would call them similar with minor differences.',
    expected: { ok: false, reason: /^no overall score found$/ },
  },
  {
    name: 'a number without its scale is not read as the overall',
    reply: "They are close. I'd give it a 4.",
    expected: { ok: false, reason: /^no overall score found$/ },
  },
  {
    name: 'a tag holding a word',
    reply: '<style>2</style><overall>high</overall>',
    expected: { ok: false, reason: /^no overall score found: overall "high" is not a number$/ },
  },
  {
    name: 'aspects but no overall',
    reply: fence('{"style": 2, "structure": 2, "content": 1}'),
    expected: { ok: false, reason: /^no overall score found$/ },
  },
  {
    name: 'overall present but not a number',
    reply: fence('{"style": 2, "structure": 2, "content": 1, "overall": "high"}'),
    expected: { ok: false, reason: /^no overall score found: overall "high" is not a number$/ },
  },
  {
    name: 'a snippet from the compared answers is not the verdict',
    reply: 'Both answers include the config `{"retries": 3, "timeout": 30}` verbatim, which I cannot score on its own.',
    expected: { ok: false, reason: /^no overall score found: the judge declined/ },
  },
]
