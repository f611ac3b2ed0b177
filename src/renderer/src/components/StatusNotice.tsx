import { Alert } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import type { ReactNode } from 'react'

/** A confirmation that something worked: announced politely (role="status"), dismissable. */
export function StatusNotice({ children, onClose }: { readonly children: ReactNode; readonly onClose: () => void }) {
  return (
    <Alert color="green" variant="light" role="status" icon={<IconCircleCheck aria-hidden />} withCloseButton closeButtonLabel="Dismiss" onClose={onClose}>
      {children}
    </Alert>
  )
}
