import { Alert, Button, Group, Modal, Paper, ScrollArea, Stack, Text } from '@mantine/core'
import { IconEyeOff } from '@tabler/icons-react'
import { createContext, useContext, useState, type ReactNode } from 'react'

/*
 * Jailbreak templates often contain offensive role-play (../shared/data/README.md): their text is
 * shown only after the person accepts a warning, once per results view, never as a default preview.
 */

interface ContentWarningState {
  readonly accepted: boolean
  /** Opens the warning; accepting it shows every template in this view. */
  readonly ask: () => void
}

const ContentWarningContext = createContext<ContentWarningState>({ accepted: false, ask: () => undefined })

export function useContentWarning(): ContentWarningState {
  return useContext(ContentWarningContext)
}

export const SHOW_TEMPLATES = 'Show templates'

/** Holds the choice for one results view and renders the warning dialog. */
export function ContentWarningProvider({ children }: { readonly children: ReactNode }) {
  const [accepted, setAccepted] = useState(false)
  const [asking, setAsking] = useState(false)
  return (
    <ContentWarningContext value={{ accepted, ask: () => setAsking(true) }}>
      {children}
      <Modal opened={asking} onClose={() => setAsking(false)} title="Content warning: jailbreak templates">
        <Stack gap="md">
          <Text size="sm">
            Jailbreak templates, and the prompts made from them, often contain offensive role-play (insults, violent or sexual scenarios) written to trick
            models into leaving their usual behaviour. Distillscope shows them only when you ask.
          </Text>
          <Text size="sm">If you continue, every template in these results is shown until you leave this page.</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
              Keep them hidden
            </Button>
            <Button
              color="orange"
              onClick={() => {
                setAccepted(true)
                setAsking(false)
              }}
            >
              {SHOW_TEMPLATES}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </ContentWarningContext>
  )
}

export interface GatedTextProps {
  /** What is hidden, e.g. "the template" or "the prompt as sent". */
  readonly what: string
  /** The text; undefined while it loads (after acceptance). */
  readonly text: string | undefined
  readonly loading?: boolean
  readonly error?: string
  readonly maxHeight?: number
}

/** Template text behind the warning: a notice with a button until accepted, then the text. */
export function GatedText({ what, text, loading = false, error, maxHeight = 260 }: GatedTextProps) {
  const { accepted, ask } = useContentWarning()
  if (!accepted) {
    return (
      <Alert color="gray" variant="light" icon={<IconEyeOff aria-hidden />} title={`Hidden: ${what}`}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">Jailbreak templates can contain offensive role-play, so they are hidden until you choose to see them.</Text>
          <Button size="xs" variant="default" onClick={ask}>
            Show template text…
          </Button>
        </Stack>
      </Alert>
    )
  }
  if (error) {
    return (
      <Text size="sm" c="red">
        {error}
      </Text>
    )
  }
  if (loading || text === undefined) {
    return (
      <Text size="sm" c="dimmed" role="status">
        Loading {what}…
      </Text>
    )
  }
  return (
    <Paper withBorder p="sm">
      <ScrollArea.Autosize mah={maxHeight} type="auto">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {text === '' ? '(empty)' : text}
        </Text>
      </ScrollArea.Autosize>
    </Paper>
  )
}
