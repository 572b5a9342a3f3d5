/**
 * The names of every invoke channel and every main → renderer event. The preload imports only
 * this file (no zod) to build its allowlist; `contract.ts` maps the same names to schemas and a
 * test keeps the two in step.
 */
export const IPC_CHANNELS = [
  'app:get-info',
  'vault:derive-key',
  'notify:show-deadlines',
  'signing:get-status',
  'signing:unlock',
  'signing:lock',
  'signing:generate-self-signed',
  'signing:import-p12',
  'pdf:render-registerutdrag',
  'pdf:render-letter',
  'pdf:render-alignment-test',
  'pdf:merge-for-post',
  'pdf:save',
  'backup:get-status',
  'backup:choose-folder',
  'backup:set-automatic',
  'backup:begin',
  'backup:append',
  'backup:finish',
  'backup:abort',
  'backup:list',
  'backup:prune',
  'backup:restore-choose-file',
  'backup:restore-select',
  'backup:restore-open',
  'backup:restore-next',
  'backup:restore-commit',
  'backup:restore-close',
  'audit:get-mark',
  'audit:store-mark',
  'report:save-csv',
  'file:save-attachment',
  'intake:parse-email',
  'intake:choose-email',
  'intake:table-open',
  'intake:table-choose',
  'intake:table-next',
  'intake:table-filter',
  'intake:table-raw',
  'intake:table-close',
  'calendar:save-ics'
] as const

export type IpcChannel = (typeof IPC_CHANNELS)[number]

export const IPC_EVENTS = ['app:lock-requested', 'app:navigate'] as const

export type IpcEvent = (typeof IPC_EVENTS)[number]

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (IPC_CHANNELS as readonly string[]).includes(value)
}

export function isIpcEvent(value: unknown): value is IpcEvent {
  return typeof value === 'string' && (IPC_EVENTS as readonly string[]).includes(value)
}
