/** Whether a model's provider reported more than one model id (fingerprints alone do not count). */
export function reportedVersionChanged(versions: readonly { readonly model: string | null }[]): boolean {
  return new Set(versions.map((version) => version.model).filter((name) => name !== null)).size > 1
}
