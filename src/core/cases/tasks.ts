import type { CaseTask, CaseType } from '../model/types'

/** The items of the default checklists; the catalog gives their text (`task.<code>`). */
export const TASK_CODES = [
  'acknowledge',
  'checkIdentity',
  'checkFreeCopy',
  'searchSystems',
  'compileCopy',
  'sendCopy',
  'checkRectification',
  'rectifyEverywhere',
  'notifyRecipients',
  'confirmRectification',
  'decidePerCategory',
  'eraseEverywhere',
  'confirmErasure',
  'restrictEverywhere',
  'confirmRestriction',
  'exportMachineReadable',
  'deliverData',
  'assessObjection',
  'stopOrJustify',
  'answerSubject',
  'suppressMarketing',
  'removeFromMailingLists',
  'confirmOptOut',
  'investigate'
] as const
export type TaskCode = (typeof TASK_CODES)[number]

/** The default checklist of each request type. */
export const DEFAULT_TASKS: Record<CaseType, readonly TaskCode[]> = {
  access: [
    'acknowledge',
    'checkIdentity',
    'checkFreeCopy',
    'searchSystems',
    'compileCopy',
    'sendCopy'
  ],
  rectification: [
    'acknowledge',
    'checkRectification',
    'rectifyEverywhere',
    'notifyRecipients',
    'confirmRectification'
  ],
  erasure: [
    'acknowledge',
    'checkIdentity',
    'decidePerCategory',
    'eraseEverywhere',
    'notifyRecipients',
    'confirmErasure'
  ],
  restriction: ['acknowledge', 'restrictEverywhere', 'notifyRecipients', 'confirmRestriction'],
  portability: ['acknowledge', 'checkIdentity', 'exportMachineReadable', 'deliverData'],
  objection: ['acknowledge', 'assessObjection', 'stopOrJustify', 'answerSubject'],
  marketingOptOut: ['suppressMarketing', 'removeFromMailingLists', 'confirmOptOut'],
  other: ['acknowledge', 'investigate', 'answerSubject']
}

export function defaultTasks(type: CaseType, newId: () => string): CaseTask[] {
  return DEFAULT_TASKS[type].map((code) => ({ id: newId(), code, done: false }))
}

/**
 * The Swedish labels that default tasks were stored with before they had codes. Reading a case
 * maps them back to their code, so the checklist shows in the user's language; any other label
 * is the DPO's own task and stays as she wrote it.
 */
export const LEGACY_TASK_LABELS: Readonly<Record<string, TaskCode>> = {
  'Skicka mottagningsbekräftelse': 'acknowledge',
  'Kontrollera identiteten (bara vid rimliga tvivel)': 'checkIdentity',
  'Kontrollera kostnadsfri kopia': 'checkFreeCopy',
  'Sök igenom alla system och leverantörer': 'searchSystems',
  'Sammanställ registerutdraget': 'compileCopy',
  'Skicka registerutdraget': 'sendCopy',
  'Kontrollera uppgifterna som ska rättas': 'checkRectification',
  'Rätta i alla system': 'rectifyEverywhere',
  'Underrätta mottagare (art. 19)': 'notifyRecipients',
  'Bekräfta rättelsen till den registrerade': 'confirmRectification',
  'Besluta per kategori: radera eller spärra': 'decidePerCategory',
  'Radera i alla system': 'eraseEverywhere',
  'Bekräfta raderingen och spärrade uppgifter till den registrerade': 'confirmErasure',
  'Begränsa behandlingen i alla system': 'restrictEverywhere',
  'Bekräfta begränsningen till den registrerade': 'confirmRestriction',
  'Ta fram uppgifterna i ett maskinläsbart format': 'exportMachineReadable',
  'Leverera uppgifterna': 'deliverData',
  'Pröva invändningen mot berättigade skäl': 'assessObjection',
  'Upphör med behandlingen eller motivera fortsatt behandling': 'stopOrJustify',
  'Besvara den registrerade': 'answerSubject',
  'Lägg till i spärrlistan för marknadsföring samma dag': 'suppressMarketing',
  'Ta bort ur utskickslistor hos leverantörer': 'removeFromMailingLists',
  'Bekräfta avregistreringen': 'confirmOptOut',
  'Utred begäran': 'investigate'
}

/** A stored task in today's form: known legacy labels become codes. */
export function normaliseTask(task: {
  id: string
  code?: TaskCode | undefined
  label?: string | undefined
  done: boolean
  doneAt?: string | undefined
}): CaseTask {
  const code = task.code ?? (task.label !== undefined ? LEGACY_TASK_LABELS[task.label] : undefined)
  return {
    id: task.id,
    ...(code ? { code } : { label: task.label ?? '' }),
    done: task.done,
    ...(task.doneAt !== undefined ? { doneAt: task.doneAt } : {})
  }
}
