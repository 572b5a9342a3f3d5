import { describe, expect, it } from 'vitest'
import { isSafeExternalUrl, isSameOrigin, originOf } from './origin'

describe('origin checks', () => {
  it('compares scheme and host of custom-scheme URLs', () => {
    expect(originOf('app://dpo-desk/index.html#/cases')).toBe('app://dpo-desk')
    expect(isSameOrigin('app://dpo-desk/x', ['app://dpo-desk'])).toBe(true)
    expect(isSameOrigin('APP://DPO-DESK/x', ['app://dpo-desk'])).toBe(true)
  })

  it('rejects look-alikes that a prefix check would accept', () => {
    expect(isSameOrigin('app://dpo-desk.evil/x', ['app://dpo-desk'])).toBe(false)
    expect(isSameOrigin('app://dpo-desk@evil/x', ['app://dpo-desk'])).toBe(false)
    expect(isSameOrigin('http://localhost:51730/', ['http://localhost:5173'])).toBe(false)
  })

  it('rejects URLs without a host and garbage', () => {
    expect(isSameOrigin('about:blank', ['app://dpo-desk'])).toBe(false)
    expect(isSameOrigin('data:text/html,hi', ['app://dpo-desk'])).toBe(false)
    expect(isSameOrigin('not a url', ['app://dpo-desk'])).toBe(false)
    expect(isSameOrigin('', ['app://dpo-desk'])).toBe(false)
  })

  it('allows only https and mailto links to leave the app', () => {
    expect(isSafeExternalUrl('https://www.imy.se/privatperson/')).toBe(true)
    expect(isSafeExternalUrl('mailto:dataskydd@entrack.se')).toBe(true)
    for (const url of [
      'http://www.imy.se/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://server/share',
      'data:text/html,x',
      'https://user:pw@evil.example/',
      'ms-msdt:/id PCWDiagnostic'
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false)
    }
  })
})
