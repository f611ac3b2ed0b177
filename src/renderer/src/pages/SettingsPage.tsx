import { Divider } from '@mantine/core'
import { SECTIONS } from '../lib/sections'
import { Page } from '../components/Page'
import { AboutSection } from '../features/settings/AboutSection'
import { AppearanceSection } from '../features/settings/AppearanceSection'
import { InstallationCheck } from '../features/settings/InstallationCheck'

export function SettingsPage() {
  return (
    <Page title={SECTIONS.settings.label}>
      <AppearanceSection />
      <Divider />
      <AboutSection />
      <Divider />
      <InstallationCheck />
    </Page>
  )
}
