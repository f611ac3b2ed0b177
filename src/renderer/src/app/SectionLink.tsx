import { NavLink } from '@mantine/core'
import { Link, useMatch } from 'react-router'
import type { Section } from '../lib/sections'

export interface SectionLinkProps {
  readonly section: Section
  /** Lets the layout close the navigation drawer on small screens. */
  readonly onNavigate: () => void
}

export function SectionLink({ section, onNavigate }: SectionLinkProps) {
  // Prefix match, so pages nested under a section (e.g. one run) keep the section highlighted.
  const active = useMatch({ path: section.path, end: false }) !== null
  const Icon = section.icon
  return (
    <NavLink
      component={Link}
      to={section.path}
      label={section.label}
      leftSection={<Icon aria-hidden size={20} stroke={1.5} />}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    />
  )
}
