/**
 * The name a figure prints for a model: its display name as the results carry it (a saved model's
 * name), else its alias in the run's spec, which is what the app calls an inline model. Never the
 * provider's model id, which reads as an API string in a paper ("gpt-4o-2024-08-06").
 */
export function displayName(results: { readonly displayNames?: Readonly<Record<string, string>> }, alias: string): string {
  return results.displayNames?.[alias]?.trim() || alias
}

/** Sentence case for the words a figure writes itself (legend entries, axis titles): the first letter upper case, the rest as given. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
