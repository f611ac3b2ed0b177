// First, and a no-op in production: in development it starts React Fast Refresh from a module,
// because the inline script Vite would otherwise inject is blocked by our Content-Security-Policy.
import '@vitejs/plugin-react/preamble'
import '@mantine/core/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { createApiClient } from './lib/api'
import { resolveBridge } from './lib/bridge'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

const api = createApiClient(resolveBridge())

createRoot(container).render(
  <StrictMode>
    <App api={api} />
  </StrictMode>,
)
