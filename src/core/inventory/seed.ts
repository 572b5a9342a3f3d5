/**
 * The processing inventory seeded from Entrack AB's privacy policy ("Policy för dataskydd och
 * cookies", updated 2018-05-25, shared/seed/dataskyddspolicy-entrack.txt). The DPO edits it in
 * Settings; registerutdrag sections (Art. 15(1)(a)–(h), 15(2)) are filled from it.
 */
import type { InventoryCategory, OrganisationProfile } from '../model/types'

/** The organisation as the policy names it; the policy gives no organisationsnummer. */
export const SEED_ORGANISATION: OrganisationProfile = {
  name: 'Entrack AB',
  orgNumber: '',
  address: { street: 'Saldovägen 11A', postalCode: '175 62', city: 'Järfälla' },
  dpoName: 'Susanne Bäcklund',
  dpoTitle: 'Ansvarig för hantering av personuppgifter',
  email: 'dataskydd@entrack.se',
  signatoryName: 'Susanne Bäcklund',
  signatoryTitle: 'Ansvarig för hantering av personuppgifter'
}

const PROVIDE_SERVICES =
  'Tillhandahålla, utföra och förbättra Entracks tjänster och fullgöra ingångna avtal'
const RECIPIENTS = [
  'Leverantörer och underleverantörer som utför Entracks åtaganden',
  'Myndigheter när Entrack är skyldigt enligt lag (till exempel polisen och Skatteverket)',
  'Köpare eller säljare vid avyttring av verksamhet eller tillgångar'
]

export const SEED_INVENTORY: readonly InventoryCategory[] = [
  {
    id: 'person-kontakt',
    name: 'Person- och kontaktinformation',
    examples:
      'Namn, personnummer, organisationsnummer, faktura- och leveransadress, e-postadress, mobiltelefonnummer',
    purposes: [
      PROVIDE_SERVICES,
      'Kommunicera om tjänster som använts och följa upp köp (kan avsägas via dataskydd@entrack.se)'
    ],
    legalBasis: 'Avtal (art. 6.1 b); berättigat intresse för uppföljning (art. 6.1 f)',
    recipients: RECIPIENTS,
    retention:
      'Så länge det behövs för avtalet och därefter så länge lag kräver: uppgifter i räkenskapsinformation (till exempel fakturor) sparas till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades (bokföringslagen 7 kap. 2 §)',
    source: 'Lämnade av dig vid kontakt med Entrack'
  },
  {
    id: 'betalning',
    name: 'Betalningsinformation',
    examples: 'Fakturainformation, bankkonto, bankgiro, plusgiro',
    purposes: [PROVIDE_SERVICES, 'Fullgöra skyldigheter enligt bokförings- och skattelagstiftning'],
    legalBasis: 'Avtal (art. 6.1 b); rättslig förpliktelse (art. 6.1 c)',
    recipients: RECIPIENTS,
    retention:
      'Räkenskapsinformation sparas till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades (bokföringslagen 7 kap. 2 §)',
    source: 'Lämnade av dig vid kontakt med Entrack'
  },
  {
    id: 'varor-tjanster',
    name: 'Information om varor och tjänster',
    examples: 'Detaljer om varor och tjänster som köpts eller som du önskar köpa',
    purposes: [PROVIDE_SERVICES],
    legalBasis: 'Avtal (art. 6.1 b)',
    recipients: RECIPIENTS,
    retention: 'Så länge det behövs för avtalet; reklamationer kan göras i tre år',
    source: 'Insamlad av Entrack när du handlar eller använder webbtjänster'
  },
  {
    id: 'finansiell',
    name: 'Finansiell information och kreditupplysning',
    examples:
      'Kreditupplysning som kan omfatta inkomst, krediter, negativ betalningshistorik samt betalnings- och kredithistorik',
    purposes: [
      'Bedöma kreditrisk inför avtal',
      'Åtgärder mot penningtvätt och regulatoriska kapitalkrav'
    ],
    legalBasis: 'Avtal (art. 6.1 b); rättslig förpliktelse (art. 6.1 c)',
    recipients: RECIPIENTS,
    retention:
      'Så länge det behövs för avtalet; uppgifter för åtgärder mot penningtvätt fem år från att affärsförbindelsen upphörde (penningtvättslagen 5 kap. 3 §)',
    source: 'Kreditupplysningsföretag'
  },
  {
    id: 'webbinteraktion',
    name: 'Interaktion med webbtjänster',
    examples:
      'Hur Entracks webbtjänster används och notiser vid kontakt; cookies (_ga, _gat, _gid, has_js)',
    purposes: ['Säkerställa korrekt hantering och förbättra webbtjänsterna'],
    legalBasis: 'Berättigat intresse (art. 6.1 f); samtycke för analyscookies',
    recipients: RECIPIENTS,
    retention: 'Så länge det behövs för ändamålet',
    source: 'Insamlad av Entrack när du använder webbtjänster'
  },
  {
    id: 'enhet-geografi',
    name: 'Enhets- och geografisk information',
    examples:
      'IP-adress, språk- och webbläsarinställningar, tidszon, operativsystem, plattform, skärmupplösning, geografisk placering',
    purposes: ['Säkerställa korrekt hantering och förbättra webbtjänsterna'],
    legalBasis: 'Berättigat intresse (art. 6.1 f)',
    recipients: RECIPIENTS,
    retention: 'Så länge det behövs för ändamålet',
    source: 'Insamlad av Entrack när du använder webbtjänster'
  }
]

/** Where Entrack processes data (policy: "Var behandlar Entrack personuppgifter?"). */
export const SEED_TRANSFERS =
  'Entrack behandlar personuppgifter inom EU/EES. I vissa fall kan en leverantör eller underleverantör behandla uppgifter i ett land utanför EU/EES. Då vidtar Entrack rimliga legala, tekniska och organisatoriska åtgärder för en skyddsnivå som motsvarar den inom EU/EES, till exempel EU-kommissionens standardavtalsklausuler (art. 46.2 c).'

export const SEED_AUTOMATED_DECISIONS =
  'Entrack fattar inga beslut som enbart grundas på automatiserad behandling, inklusive profilering, som har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig (art. 22).'
