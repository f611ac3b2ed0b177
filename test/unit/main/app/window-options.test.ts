import { describe, expect, it } from 'vitest'
import { mainWindowOptions } from '../../../../src/main/app/window-options'

describe('main window options', () => {
  it('isolates and sandboxes the renderer and gives it no Node', () => {
    const { webPreferences } = mainWindowOptions('/app/out/preload/index.cjs')
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    })
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures')
  })
})
