// Stand-in for the Electron renderer runtime, injected before the page loads. It gives the
// REAL preload bundle (out/preload/index.js, inlined at PRELOAD_SOURCE) the two Electron
// modules it uses, `contextBridge` and `ipcRenderer`, and carries IPC over a Playwright
// binding to the REAL main-process handlers running in the test's Node process.
// Only the transport is replaced; validation, sender checks and handlers are the app's own.
;(() => {
  // Electron runs preloads in the main frame only (nodeIntegrationInSubFrames is false), and
  // the app's window never shows a foreign page (navigation guards).
  if (window.top !== window || location.origin !== '__APP_ORIGIN__') return

  const BYTES = '__dpoBytes'
  const toWire = (value) => {
    if (value instanceof Uint8Array) {
      let binary = ''
      for (let i = 0; i < value.length; i += 0x8000) {
        binary += String.fromCharCode.apply(null, value.subarray(i, i + 0x8000))
      }
      return { [BYTES]: btoa(binary) }
    }
    if (Array.isArray(value)) return value.map(toWire)
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const out = {}
      for (const [key, item] of Object.entries(value)) out[key] = toWire(item)
      return out
    }
    return value
  }
  const fromWire = (value) => {
    if (Array.isArray(value)) return value.map(fromWire)
    if (value && typeof value === 'object') {
      if (typeof value[BYTES] === 'string') {
        const binary = atob(value[BYTES])
        const bytes = new Uint8Array(binary.length)
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
        return bytes
      }
      const out = {}
      for (const [key, item] of Object.entries(value)) out[key] = fromWire(item)
      return out
    }
    return value
  }

  const listeners = new Map()
  const ipcRenderer = {
    async invoke(channel, ...args) {
      return fromWire(await window.__dpoIpcInvoke(channel, toWire(args)))
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel).add(listener)
      return ipcRenderer
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener)
      return ipcRenderer
    }
  }
  Object.defineProperty(window, '__dpoEmit', {
    value: (channel, payload) => {
      for (const listener of listeners.get(channel) ?? []) listener({}, fromWire(payload))
    }
  })

  const contextBridge = {
    exposeInMainWorld(key, api) {
      Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: false })
    }
  }
  const electron = { contextBridge, ipcRenderer }
  const require = (name) => {
    if (name === 'electron') return electron
    throw new Error(`A sandboxed preload cannot require "${name}"`)
  }
  const module = { exports: {} }
  ;(function (require, module, exports) {
    /* PRELOAD_SOURCE */
  })(require, module, module.exports)
})()
