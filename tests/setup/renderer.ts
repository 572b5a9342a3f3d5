// Every renderer test gets an in-memory IndexedDB, so Dexie code runs unchanged.
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Component tests (testing-library) start from an empty page and the default language.
afterEach(() => {
  cleanup()
  localStorage.clear()
})
