import { Button } from '@mantine/core'
import { IconPackageImport } from '@tabler/icons-react'
import { useState } from 'react'
import { ImportPackageDialog } from './ImportPackageDialog'

/** "Import package": opens the dialog that adds a run from a paper package. */
export function ImportPackageButton() {
  const [opened, setOpened] = useState(false)
  return (
    <>
      <Button variant="default" leftSection={<IconPackageImport aria-hidden size={18} />} onClick={() => setOpened(true)}>
        Import package
      </Button>
      <ImportPackageDialog opened={opened} onClose={() => setOpened(false)} />
    </>
  )
}
