/**
 * Removes secrets from text that came from outside (provider error messages echo keys back, e.g.
 * "Incorrect API key provided: sk-abc...xyz"). Known secrets are removed wherever they appear, and
 * so is anything shaped like a key: a long run of key characters, or a key-like prefix.
 */
const KEY_SHAPED = /\b(?:sk|pk|rk|key|api|ak|xai|gsk)[-_][A-Za-z0-9_*.-]{6,}|[A-Za-z0-9_*-]{24,}/gi

export function redactSecrets(text: string, knownSecrets: readonly string[] = []): string {
  let result = text
  for (const secret of knownSecrets) {
    if (secret.length >= 4) result = result.split(secret).join('[redacted]')
  }
  return result.replace(KEY_SHAPED, '[redacted]').slice(0, 500)
}
