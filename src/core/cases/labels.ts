/** Swedish names of the case vocabulary, for audit summaries and letters (the UI has its own i18n). */
import type { CaseChannel, CaseStatus, CaseType, ExtensionReason } from '../model/types'

export const CASE_TYPE_SV: Record<CaseType, string> = {
  access: 'Registerutdrag (tillgång)',
  rectification: 'Rättelse',
  erasure: 'Radering',
  restriction: 'Begränsning',
  portability: 'Dataportabilitet',
  objection: 'Invändning',
  marketingOptOut: 'Avregistrering från marknadsföring',
  other: 'Övrigt'
}

export const CASE_STATUS_SV: Record<CaseStatus, string> = {
  received: 'Mottagen',
  identityCheck: 'Identitetskontroll',
  inProgress: 'Pågår',
  extended: 'Förlängd',
  answered: 'Besvarad',
  closed: 'Avslutad',
  rejected: 'Avslagen',
  withdrawn: 'Återkallad'
}

export const CASE_CHANNEL_SV: Record<CaseChannel, string> = {
  email: 'E-post',
  letter: 'Brev',
  phone: 'Telefon',
  web: 'Webbformulär',
  other: 'Annat'
}

export const EXTENSION_REASON_SV: Record<ExtensionReason, string> = {
  complexity: 'Begäran är komplex',
  numberOfRequests: 'Antalet begäranden'
}
