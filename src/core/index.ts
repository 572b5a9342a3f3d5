/**
 * The public API of the domain core: pure TypeScript, no I/O, the clock and id generator passed
 * in. Crypto (`./crypto`) is imported directly by the layers that need it.
 */
export * from './model/types'
export * from './errors'
export * from './codes'
export * from './calendar/isoDate'
export * from './calendar/holidays'
export * from './deadlines/deadlines'
export * from './identifiers/swedishId'
export * from './cases/tasks'
export * from './cases/workflow'
export * from './cases/erasure'
export * from './freeCopy/freeCopy'
export * from './retention/retention'
export * from './audit/auditChain'
export * from './search/caseSearch'
export * from './search/searchIndex'
export * from './reports/stats'
export * from './reports/csv'
export * from './dashboard/dashboard'
export * from './dashboard/deadlineAlerts'
export * from './model/schemas'
