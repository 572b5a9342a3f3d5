import { describe, expect, it } from 'vitest'
import { secureWebPreferences } from './webPreferences'

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.js', false)

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false]
  ] as const)('sets %s to %s', (key, expected) => {
    expect(prefs[key]).toBe(expected)
  })

  it('loads the preload it is given and nothing else', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js')
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs).not.toHaveProperty('additionalArguments')
  })

  it('keeps DevTools out of production builds', () => {
    expect(prefs.devTools).toBe(false)
    expect(secureWebPreferences('/p.js', true).devTools).toBe(true)
  })
})
