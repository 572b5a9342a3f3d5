// Preloaded (`node --require`) into Electron's own installer (node_modules/electron/install.js)
// by scripts/electron-runtime.mjs. It changes two things only:
// - progress: the downloader's own bar appears only after 30 s; this reports the bytes of the
//   download as they arrive (every response body fetched by the installer is counted);
// - errors: the installer prints a stack trace when the download fails; this writes only the
//   error's first line to DPO_ELECTRON_INSTALL_REPORT, so the caller can print one sentence.
'use strict'
const fs = require('node:fs')

const report = process.env.DPO_ELECTRON_INSTALL_REPORT
const isTty = Boolean(process.stderr.isTTY)

console.error = (...args) => {
  const first = args
    .map((arg) => (arg instanceof Error ? arg.message : String(arg)))
    .join(' ')
    .split('\n')[0]
  if (report) fs.writeFileSync(report, first)
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0)
let lastShown = -1

function show(seen, total) {
  const percent = total ? Math.floor((seen / total) * 100) : null
  // A redrawn line on a terminal; one line per 10 % in a log.
  const step =
    percent === null
      ? Math.floor(seen / (10 * 1024 * 1024))
      : isTty
        ? percent
        : Math.floor(percent / 10)
  if (step === lastShown) return
  lastShown = step
  const text =
    percent === null
      ? `Downloading Electron: ${mb(seen)} MB`
      : `Downloading Electron: ${percent} % (${mb(seen)} of ${mb(total)} MB)`
  process.stderr.write(isTty ? `\r${text}` : `${text}\n`)
}

const originalFetch = globalThis.fetch
if (typeof originalFetch === 'function') {
  globalThis.fetch = async (...args) => {
    const response = await originalFetch(...args)
    const total = Number(response.headers.get('content-length')) || 0
    // Checksum files and redirects are small; count only what looks like the archive.
    if (!response.ok || !response.body || total < 1024 * 1024) return response
    let seen = 0
    const counted = response.body.pipeThrough(
      new TransformStream({
        transform(chunk, controller) {
          seen += chunk.byteLength
          show(seen, total)
          controller.enqueue(chunk)
        },
        flush() {
          if (isTty) process.stderr.write('\n')
        }
      })
    )
    return new Response(counted, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers
    })
  }
}
