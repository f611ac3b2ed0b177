import { Group, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconCircleMinus } from '@tabler/icons-react'
import type { ProviderPreset } from '../../../shared/providers/presets'
import { keyStatusView, type KeyStatusSubject, type KeyStatusTone } from '../lib/keys/key-status'

/** Colour is never the only signal: each status has its own words and icon. */
const ICONS: Readonly<Record<KeyStatusTone, { Icon: typeof IconCircleCheck; color: string }>> = {
  set: { Icon: IconCircleCheck, color: 'var(--mantine-color-green-light-color)' },
  missing: { Icon: IconAlertTriangle, color: 'var(--mantine-color-orange-light-color)' },
  'not-needed': { Icon: IconCircleMinus, color: 'var(--mantine-color-dimmed)' },
}

export interface KeyStatusTextProps {
  readonly provider: KeyStatusSubject
  readonly preset: ProviderPreset | undefined
  /** Text before the status, e.g. "Key status: ". */
  readonly prefix?: string
}

export function KeyStatusText({ provider, preset, prefix }: KeyStatusTextProps) {
  const view = keyStatusView(provider, preset)
  const { Icon, color } = ICONS[view.tone]
  return (
    <Group gap={6} wrap="nowrap" align="center">
      <Icon aria-hidden size={16} color={color} style={{ flexShrink: 0 }} />
      <Text size="sm" span style={{ whiteSpace: 'nowrap' }}>
        {prefix}
        {view.text}
      </Text>
    </Group>
  )
}
