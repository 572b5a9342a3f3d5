// Every renderer test gets an in-memory IndexedDB, so Dexie code runs unchanged.
import 'fake-indexeddb/auto'
