import type { CaseTask, CaseType } from '../model/types'

/** The default checklist of each request type (Swedish labels). */
export const DEFAULT_TASKS: Record<CaseType, readonly string[]> = {
  access: [
    'Skicka mottagningsbekräftelse',
    'Kontrollera identiteten (bara vid rimliga tvivel)',
    'Kontrollera kostnadsfri kopia',
    'Sök igenom alla system och leverantörer',
    'Sammanställ registerutdraget',
    'Skicka registerutdraget'
  ],
  rectification: [
    'Skicka mottagningsbekräftelse',
    'Kontrollera uppgifterna som ska rättas',
    'Rätta i alla system',
    'Underrätta mottagare (art. 19)',
    'Bekräfta rättelsen till den registrerade'
  ],
  erasure: [
    'Skicka mottagningsbekräftelse',
    'Kontrollera identiteten (bara vid rimliga tvivel)',
    'Besluta per kategori: radera eller spärra',
    'Radera i alla system',
    'Underrätta mottagare (art. 19)',
    'Bekräfta raderingen och spärrade uppgifter till den registrerade'
  ],
  restriction: [
    'Skicka mottagningsbekräftelse',
    'Begränsa behandlingen i alla system',
    'Underrätta mottagare (art. 19)',
    'Bekräfta begränsningen till den registrerade'
  ],
  portability: [
    'Skicka mottagningsbekräftelse',
    'Kontrollera identiteten (bara vid rimliga tvivel)',
    'Ta fram uppgifterna i ett maskinläsbart format',
    'Leverera uppgifterna'
  ],
  objection: [
    'Skicka mottagningsbekräftelse',
    'Pröva invändningen mot berättigade skäl',
    'Upphör med behandlingen eller motivera fortsatt behandling',
    'Besvara den registrerade'
  ],
  marketingOptOut: [
    'Lägg till i spärrlistan för marknadsföring samma dag',
    'Ta bort ur utskickslistor hos leverantörer',
    'Bekräfta avregistreringen'
  ],
  other: ['Skicka mottagningsbekräftelse', 'Utred begäran', 'Besvara den registrerade']
}

export function defaultTasks(type: CaseType, newId: () => string): CaseTask[] {
  return DEFAULT_TASKS[type].map((label) => ({ id: newId(), label, done: false }))
}
