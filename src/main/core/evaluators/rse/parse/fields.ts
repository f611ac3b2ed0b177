/**
 * The four RSE judge scores (METHOD.md 1.2), their scales, and the many names judges give them.
 * Keys are compared after `normalizeKey` (lower case, no spaces, underscores, hyphens or
 * punctuation), so "Overall Similarity Score", "overall_score" and "overall-similarity" are one name.
 */

export type Field = 'overall' | 'style' | 'structure' | 'content'
export type Aspect = Exclude<Field, 'overall'>

export const ASPECTS: readonly Aspect[] = ['style', 'structure', 'content']
export const FIELDS: readonly Field[] = ['overall', ...ASPECTS]

/** Overall 1-5, each aspect 0-2 (METHOD.md 1.2). */
export const SCALES: Readonly<Record<Field, { readonly min: number; readonly max: number }>> = {
  overall: { min: 1, max: 5 },
  style: { min: 0, max: 2 },
  structure: { min: 0, max: 2 },
  content: { min: 0, max: 2 },
}

/** Core names, after `normalizeKey` and after dropping one trailing word from `SUFFIXES`. */
const NAMES: Readonly<Record<Field, readonly string[]>> = {
  overall: [
    'overall',
    'overallsimilarity',
    'similarity',
    'final',
    'total',
    'overallsimilarityscore',
    'score',
    'rating',
    // Chinese (simplified and traditional), Japanese
    '总体相似度',
    '整体相似度',
    '总体',
    '整体',
    '综合',
    '总',
    '相似度',
    '總體相似度',
    '整體相似度',
    '總體',
    '整體',
    '綜合',
    '總',
    '総合',
    '全体的な類似度',
    '類似度',
    '全体',
    // Spanish, French, German
    'similitudgeneral',
    'puntuaciongeneral',
    'puntuacióngeneral',
    'global',
    'similaritéglobale',
    'noteglobale',
    'gesamt',
    'gesamtähnlichkeit',
    'gesamtbewertung',
    'gesamtpunktzahl',
  ],
  style: [
    'style',
    'responsestyle',
    'answerstyle',
    'stylesimilarity',
    '风格',
    '回答风格',
    '响应风格',
    '回复风格',
    '语言风格',
    '風格',
    '回答風格',
    'スタイル',
    '応答スタイル',
    'estilo',
    'stil',
  ],
  structure: [
    'structure',
    'logicalstructure',
    'logic',
    'structuresimilarity',
    '逻辑结构',
    '结构',
    '逻辑',
    '邏輯結構',
    '結構',
    '論理構造',
    '構造',
    'estructura',
    'estructuralógica',
    'structurelogique',
    'struktur',
    'logischestruktur',
  ],
  content: [
    'content',
    'contentdetail',
    'contentdetails',
    'contentsimilarity',
    '内容细节',
    '内容',
    '细节',
    '內容細節',
    '內容',
    '細節',
    '内容の詳細',
    'contenido',
    'contenu',
    'inhalt',
  ],
}

/**
 * Words a judge adds after a name ("overall score", "风格评分", "风格相似度"); dropped once before
 * lookup, so "风格相似度" is style and not the overall "相似度".
 */
const SUFFIXES = [
  'score',
  'scores',
  'rating',
  'value',
  'similarityscore',
  'similarity',
  '相似度',
  '相似性',
  '评分',
  '得分',
  '分数',
  '分',
  '評分',
  '分數',
  'スコア',
  '評価',
  'puntuación',
  'puntuacion',
  'note',
  'bewertung',
]

const LOOKUP = new Map<string, Field>()
for (const field of FIELDS) for (const name of NAMES[field]) LOOKUP.set(name, field)

export function normalizeKey(key: string): string {
  return key
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-'’"`*.:()[\]（）]+/gu, '')
}

/** The field a key names, or undefined. */
export function fieldForKey(key: string): Field | undefined {
  const normal = normalizeKey(key)
  if (normal === '') return undefined
  const direct = LOOKUP.get(normal)
  if (direct !== undefined) return direct
  for (const suffix of SUFFIXES) {
    if (normal.length > suffix.length && normal.endsWith(suffix)) {
      const field = LOOKUP.get(normal.slice(0, -suffix.length))
      if (field !== undefined) return field
    }
  }
  return undefined
}

/** Keys holding the judge's explanation in a JSON reply. */
const EXPLANATION_KEYS = new Set([
  'explanation',
  'reason',
  'reasoning',
  'rationale',
  'analysis',
  'justification',
  'comment',
  'comments',
  '解释',
  '理由',
  '分析',
  '说明',
  '解釋',
  '說明',
])

export function isExplanationKey(key: string): boolean {
  return EXPLANATION_KEYS.has(normalizeKey(key))
}
