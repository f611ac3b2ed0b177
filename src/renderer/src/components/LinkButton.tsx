import { Button } from '@mantine/core'
import { IconArrowRight } from '@tabler/icons-react'
import { Link } from 'react-router'

/** Navigation styled as a button: it is a real link, so it is announced and opened as one. */
export function LinkButton({ to, children }: { readonly to: string; readonly children: string }) {
  return (
    <Button component={Link} to={to} rightSection={<IconArrowRight aria-hidden size={18} />}>
      {children}
    </Button>
  )
}
