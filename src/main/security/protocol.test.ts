import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppAsset } from './protocol'

const root = path.resolve('/srv/app/out/renderer')

describe('resolveAppAsset', () => {
  it('serves files below the renderer folder with their content type', () => {
    expect(resolveAppAsset('app://dpo-desk/index.html', root)).toEqual({
      filePath: path.join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8'
    })
    expect(resolveAppAsset('app://dpo-desk/assets/index-abc.js?v=1', root)?.filePath).toBe(
      path.join(root, 'assets/index-abc.js')
    )
    expect(resolveAppAsset('app://dpo-desk/', root)?.filePath).toBe(path.join(root, 'index.html'))
  })

  it.each([
    'app://dpo-desk/..%2fmain%2findex.js',
    'app://dpo-desk/%2e%2e/%2e%2e/etc/passwd',
    'app://dpo-desk/assets/..%5c..%5cmain.js',
    'app://dpo-desk/%00.html',
    'app://dpo-desk/%E0%A4%A',
    'app://other/index.html',
    'file:///srv/app/out/renderer/index.html',
    'app://dpo-desk/secret.txt'
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(url, root)).toBeNull()
  })

  it.each([
    'app://dpo-desk/../main/index.js',
    'app://dpo-desk/../renderer-evil/index.html',
    'app://dpo-desk/a/../../../x.js'
  ])('keeps %s inside the root (the URL parser removes literal dot segments)', (url) => {
    const resolved = resolveAppAsset(url, root)
    expect(resolved).not.toBeNull()
    const rel = path.relative(root, resolved!.filePath)
    expect(rel.startsWith('..') || path.isAbsolute(rel)).toBe(false)
  })

  it('serves the harness origin when asked to', () => {
    expect(
      resolveAppAsset('https://dpo-desk.test/index.html', root, 'https://dpo-desk.test')?.filePath
    ).toBe(path.join(root, 'index.html'))
    expect(resolveAppAsset('https://dpo-desk.test/index.html', root)).toBeNull()
  })
})
