import type { ProviderPreset } from '../../../../shared/providers/presets'

/** What applies to a provider: its own cap, else its local-server preset's default, else none. */
export function serverCapText(maxConcurrent: number | undefined, preset: ProviderPreset | undefined): string | undefined {
  if (maxConcurrent !== undefined) return `At most ${maxConcurrent} request${maxConcurrent === 1 ? '' : 's'} at once to this server`
  if (preset?.serverCap !== undefined) return `At most ${preset.serverCap} requests at once to this server (${preset.label}'s default)`
  return undefined
}

export function serverCapDescription(preset: ProviderPreset | undefined): string {
  const empty =
    preset?.serverCap !== undefined
      ? `Leave empty for ${preset.serverCap}, a safe start for one ${preset.label.replace(/ \(this computer\)$/, '')} server.`
      : 'Leave empty for no cap beyond each model’s own limit.'
  return `How many requests may be in flight to this provider’s server at once, across all its models: a local server on one GPU answers only a few at a time. ${empty}`
}
