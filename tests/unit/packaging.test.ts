import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

type BuilderConfig = {
  electronFuses: Record<string, boolean>
  win: { target: { target: string }[] }
  mac: { target: { target: string }[] }
  linux: { target: { target: string }[] }
  files: string[]
}

const config = parse(
  readFileSync(path.resolve(__dirname, '../../electron-builder.yml'), 'utf8')
) as BuilderConfig

describe('electron-builder configuration', () => {
  it('builds NSIS, dmg and AppImage installers', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis'])
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg'])
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage'])
  })

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('ships the build output and no source maps', () => {
    expect(config.files).toContain('out/**')
    expect(config.files).toContain('!**/*.map')
  })
})
