/*
 * The tables Distillscope writes and their file formats, by the names the command line and the app
 * use: plain data, below the contract that validates them (the tables themselves sit above it).
 */

export const TABLE_NAMES = [
  'rse',
  'rse-aspects',
  'rse-pairs',
  'rse-judges',
  'rse-calibration',
  'rse-normalised',
  'rse-position',
  'rse-runs',
  'ice',
  'ice-category',
  'ice-language',
  'ice-mutator',
  'ice-judges',
  'ice-replicates',
] as const
export type TableName = (typeof TABLE_NAMES)[number]

export const TABLES: Readonly<Record<TableName, { readonly description: string; readonly paperOverlay: boolean }>> = {
  rse: { description: 'RSE per student and prompt set with Avg and intervals (one RSE run)', paperOverlay: true },
  'rse-aspects': { description: 'RSE aspect scores (style, structure, content) per student and set (one RSE run)', paperOverlay: false },
  'rse-pairs': {
    description: 'RSE differences between every pair of students, paired bootstrap intervals, Holm-adjusted (one RSE run, two or more students)',
    paperOverlay: false,
  },
  'rse-judges': {
    description: 'RSE Avg per student by the judge panel and by each of its judges, with intervals (one RSE run judged by a panel of 2+)',
    paperOverlay: false,
  },
  'rse-calibration': {
    description: "RSE ceiling and floor of the run's judge per prompt set and Avg, with intervals (one RSE run measured with calibration)",
    paperOverlay: false,
  },
  'rse-normalised': {
    description: 'RSE per student normalised between floor (0) and ceiling (1), per set and Avg, beside the raw Avg (one RSE run measured with calibration)',
    paperOverlay: false,
  },
  'rse-position': {
    description: "RSE position check: each judge's mean score shift with the answers swapped, with intervals (one RSE run with a position check)",
    paperOverlay: false,
  },
  'rse-runs': { description: 'RSE Avg per student across runs, one column per run (two or more RSE runs)', paperOverlay: false },
  ice: { description: 'ICE loose, strict and hard per model with intervals (one or more ICE runs)', paperOverlay: true },
  'ice-category': { description: 'ICE per question category (one ICE run)', paperOverlay: false },
  'ice-language': { description: 'ICE per question language (one ICE run)', paperOverlay: false },
  'ice-mutator': { description: 'ICE per mutator (one ICE run)', paperOverlay: false },
  'ice-judges': {
    description: "ICE loose and strict per judge of a panel with intervals, and the panel's with its splits (one ICE run, two or more judges)",
    paperOverlay: false,
  },
  'ice-replicates': {
    description:
      'ICE loose, strict and hard per fuzzing replicate with intervals, their mean with the combined interval and their spread (one ICE run, two or more replicates)',
    paperOverlay: false,
  },
}

export const TABLE_FORMATS = ['csv', 'json', 'md', 'latex'] as const
export type TableFormat = (typeof TABLE_FORMATS)[number]
