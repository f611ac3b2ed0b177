import { IconChartBar, IconFingerprint, IconMessages, IconPlayerPlay, IconRobot, IconSettings, type Icon } from '@tabler/icons-react'

export interface Section {
  /** Route path, also the navigation target. */
  readonly path: string
  /** Shown in the navigation and as the page's h1. */
  readonly label: string
  readonly icon: Icon
}

export const SECTIONS = {
  models: { path: '/models', label: 'Models', icon: IconRobot },
  promptSets: { path: '/prompt-sets', label: 'Prompt sets', icon: IconMessages },
  iceLibrary: { path: '/identity', label: 'Identity (ICE)', icon: IconFingerprint },
  runs: { path: '/runs', label: 'Runs', icon: IconPlayerPlay },
  results: { path: '/results', label: 'Results', icon: IconChartBar },
  settings: { path: '/settings', label: 'Settings', icon: IconSettings },
} as const satisfies Record<string, Section>

/** Navigation order. */
export const SECTION_ORDER: readonly Section[] = [SECTIONS.models, SECTIONS.promptSets, SECTIONS.iceLibrary, SECTIONS.runs, SECTIONS.results, SECTIONS.settings]

export const DEFAULT_PATH = SECTIONS.models.path
