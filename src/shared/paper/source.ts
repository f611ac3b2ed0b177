/**
 * Where the paper's numbers come from. They are transcribed from the published tables as restated
 * in the team's design notes (../shared/design/METHOD.md sections 1 and 2.6); nothing here is
 * computed. Shown in the "compare with the paper" view beside our own results.
 */
export const PAPER_SOURCE = {
  authors: 'Lee et al.',
  title: 'Quantification of Large Language Model Distillation',
  venue: 'ACL 2025 (long paper)',
  arxiv: '2501.12619',
  url: 'https://arxiv.org/abs/2501.12619',
  note: 'Values as published, to the decimals published; transcribed via METHOD.md.',
} as const

export type PaperSource = typeof PAPER_SOURCE
