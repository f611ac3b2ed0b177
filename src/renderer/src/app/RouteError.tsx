import { Alert, Button, Stack } from '@mantine/core'
import { IconAlertCircle } from '@tabler/icons-react'
import { useEffect } from 'react'
import { useRouteError } from 'react-router'

/** A page that crashed while rendering shows this instead of a blank window. */
export function RouteError() {
  const error = useRouteError()
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <Stack p="lg" maw={640}>
      <Alert color="red" variant="light" title="Something went wrong on this page" icon={<IconAlertCircle aria-hidden />}>
        Distillscope hit an unexpected problem while showing this page. Reloading usually fixes it; your data is not affected.
        <Button display="block" mt="sm" size="xs" variant="default" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </Alert>
    </Stack>
  )
}
