import { AppShell, Burger, Group, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { Outlet } from 'react-router'
import { ErrorAlert } from '../components/ErrorAlert'
import { SettingsSaveError } from '../features/settings/SettingsSaveError'
import { ThemeToggle } from '../features/settings/ThemeToggle'
import { useSettings } from '../features/settings/useSettings'
import { useSettingsSync } from '../features/settings/useSettingsSync'
import { SectionNav } from './SectionNav'

export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false)
  useSettingsSync()
  // Settings are the first request; if they fail, every page should say why rather than look empty.
  const settings = useSettings()

  return (
    // Narrower sections and margins below 1200 px leave the page's tables more room in the
    // smallest window (900 px, issue 18 item 6).
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: { sm: 180, lg: 220 }, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', lg: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={navOpened ? 'Hide sections' : 'Show sections'} />
            <Text component="span" fw={700} size="lg">
              Distillscope
            </Text>
          </Group>
          <ThemeToggle />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Sections">
        <SectionNav onNavigate={nav.close} />
      </AppShell.Navbar>

      <AppShell.Main>
        <Stack gap="lg" maw={960}>
          {settings.isError ? (
            <ErrorAlert title="Could not load your settings" error={settings.error} onRetry={() => void settings.refetch()} retrying={settings.isFetching} />
          ) : null}
          <SettingsSaveError />
          <Outlet />
        </Stack>
      </AppShell.Main>
    </AppShell>
  )
}
