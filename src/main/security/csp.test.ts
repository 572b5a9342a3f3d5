import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RENDERER_CSP, RENDERER_CSP_HEADER } from '../../shared/csp'

function metaCsp(html: string): string | null {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
  return match?.[1] ?? null
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...values]) => [name!, values])
  )
}

describe('renderer CSP', () => {
  const source = readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8')

  it('index.html carries exactly the shared policy', () => {
    expect(metaCsp(source)).toBe(RENDERER_CSP)
  })

  it('is strict: nothing by default, scripts only from the app, no inline or eval', () => {
    const policy = directives(RENDERER_CSP)
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('style-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    expect(RENDERER_CSP).not.toMatch(/unsafe-(inline|eval)|https?:|\*/)
    expect(directives(RENDERER_CSP_HEADER).get('frame-ancestors')).toEqual(["'none'"])
  })
})
