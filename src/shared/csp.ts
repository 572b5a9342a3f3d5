/**
 * The Content Security Policy of the renderer. `index.html` carries it as a meta tag (a test
 * keeps the two identical) and the app:// protocol handler sends it as a header too, where
 * `frame-ancestors` is also honoured.
 */
export const RENDERER_CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'none'",
  "media-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'"
] as const

export const RENDERER_CSP = RENDERER_CSP_DIRECTIVES.join('; ')

/** Header form: adds what a meta tag cannot express. */
export const RENDERER_CSP_HEADER = `${RENDERER_CSP}; frame-ancestors 'none'`
