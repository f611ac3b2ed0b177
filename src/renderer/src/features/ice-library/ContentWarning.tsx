import { Alert, Button, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'

export const SHOW_TEXT_LABEL = 'I understand, show the template text'

/**
 * Jailbreak templates are shown only after this notice (shared/data/README.md): several contain
 * offensive role-play, and a researcher opening a set to count its templates should not meet it
 * unasked.
 */
export function ContentWarning({ onAccept }: { readonly onAccept: () => void }) {
  return (
    <Alert color="yellow" variant="light" title="Content warning" icon={<IconAlertTriangle aria-hidden />}>
      <Text size="sm">
        Jailbreak templates are written to talk a model out of its rules. Several of them contain offensive role-play: insults, violence, sexual or hateful
        language. Their text stays hidden until you ask for it, for this set and only while this panel is open.
      </Text>
      <Button mt="sm" size="xs" variant="default" onClick={onAccept}>
        {SHOW_TEXT_LABEL}
      </Button>
    </Alert>
  )
}
