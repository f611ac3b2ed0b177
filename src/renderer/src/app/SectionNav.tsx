import { Stack } from '@mantine/core'
import { SectionLink } from './SectionLink'
import { SECTION_ORDER } from '../lib/sections'

export function SectionNav({ onNavigate }: { readonly onNavigate: () => void }) {
  return (
    <Stack gap={4}>
      {SECTION_ORDER.map((section) => (
        <SectionLink key={section.path} section={section} onNavigate={onNavigate} />
      ))}
    </Stack>
  )
}
