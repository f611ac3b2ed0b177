import type { RunSpec } from '../../../shared/contract/run-spec'

/** Where a saved set's source note comes from: the prompt sets and the ICE library. */
export interface SourceNotes {
  promptSet(id: string): string | undefined
  iceSet(id: string): string | undefined
}

const FROM_FILE = (file: string) => `the file ${file.split(/[\\/]/).pop()}, given to this run (its source and licence were not recorded)`
const BUILTIN_ICE = "Distillscope's own built-in set (written by the Distillscope team, shipped with the app under its MIT licence)"

/**
 * The source and licence of every input a run used (issue 15 item 5), keyed as the package's
 * manifest lists its inputs (`prompt-set:<name>`, `identity-questions`, `seed-templates`), so a
 * reader of the package knows where each came from and under what terms.
 */
export function inputSourcesOf(spec: RunSpec, notes: SourceNotes): Record<string, string> {
  const described = (note: string | undefined, fallback: string) => (note && note.trim() !== '' ? note : fallback)
  if (spec.kind === 'rse') {
    return Object.fromEntries(
      spec.promptSets.map((set) => [
        `prompt-set:${set.name}`,
        set.setId ? described(notes.promptSet(set.setId), 'a prompt set saved in the app, with no source recorded') : FROM_FILE(set.file ?? ''),
      ]),
    )
  }
  const ice = (source: { builtin: string } | { file: string } | { setId: string }) =>
    'builtin' in source
      ? BUILTIN_ICE
      : 'file' in source
        ? FROM_FILE(source.file)
        : described(notes.iceSet(source.setId), 'a set saved in the app, with no source recorded')
  return { 'identity-questions': ice(spec.questions), 'seed-templates': ice(spec.seeds) }
}
