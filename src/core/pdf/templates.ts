/**
 * Default letter templates in Swedish and English. The DPO can edit them in Settings; the edited
 * text travels in the letter model. Placeholders are `{{name}}`; they are filled with plain text
 * only (see fillTemplate), so a value can never add formatting, links or images.
 */
import type { DocLanguage, LetterTemplateId } from './model'

export type LetterTemplate = { subject: string; body: string }

/** Fields every letter can use; the app fills them from the case and the settings. */
export const COMMON_FIELDS = [
  'recipientName',
  'reference',
  'date',
  'receivedDate',
  'organisationName',
  'dpoName',
  'dpoEmail'
] as const

/**
 * Extra fields per template. `recipientsStatement` is a whole sentence (who was told, or that
 * no one needed to be); `recipientsInformed` (the bare list) is still filled for templates the
 * DPO edited before the sentence existed.
 */
export const TEMPLATE_FIELDS: Record<LetterTemplateId, readonly string[]> = {
  receiptAcknowledgement: ['requestType', 'dueDate'],
  identificationRequest: ['requestedInformation'],
  extensionNotice: ['reasons', 'newDueDate', 'dueDate'],
  feeWarning: ['amount', 'feeReason', 'lastCopyDate'],
  rectificationDone: ['correctedData', 'recipientsStatement', 'recipientsInformed'],
  erasureDone: [
    'erasedCategories',
    'blockedCategories',
    'recipientsStatement',
    'recipientsInformed'
  ],
  erasurePartial: [
    'erasedCategories',
    'blockedCategories',
    'recipientsStatement',
    'recipientsInformed'
  ],
  erasureBlocked: ['blockedCategories', 'recipientsStatement', 'recipientsInformed'],
  refusal: ['reasons'],
  marketingOptOutConfirmation: ['effectiveDate', 'stoppedList'],
  restrictionDone: ['restrictedScope', 'recipientsStatement', 'recipientsInformed'],
  objectionDone: ['stoppedList', 'reasons'],
  portabilityDelivery: ['deliveredFiles']
}

/** Art. 12(4): the right to complain to the supervisory authority and to a judicial remedy. */
const IMY_SV =
  'Om du är missnöjd med hur vi har hanterat din begäran har du rätt att lämna ett klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, www.imy.se. Du har också rätt att vidta rättsliga åtgärder genom att väcka talan i allmän domstol.'
const IMY_EN =
  'If you are not satisfied with how we handled your request, you have the right to lodge a complaint with the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY), Box 8114, 104 20 Stockholm, Sweden, www.imy.se. You also have the right to take legal action by bringing a case before a court.'

/** Why blocked data is kept: art. 17(3)(b), the reason art. 12(4) requires. */
const KEPT_SV =
  'Dessa uppgifter kan vi inte radera ännu, eftersom vi enligt lag är skyldiga att spara dem (artikel 17.3 b i dataskyddsförordningen). De är spärrade: de används bara för att uppfylla den skyldigheten och raderas när den upphör:'
const KEPT_EN =
  'We cannot erase this data yet, because the law requires us to keep it (Article 17(3)(b) of the General Data Protection Regulation). It is blocked: it is used only to meet that obligation and will be erased when the obligation ends:'

export const DEFAULT_TEMPLATES: Record<DocLanguage, Record<LetterTemplateId, LetterTemplate>> = {
  sv: {
    receiptAcknowledgement: {
      subject: 'Vi har tagit emot din begäran ({{reference}})',
      body: `Hej {{recipientName}},

Vi bekräftar att vi den {{receivedDate}} tog emot din begäran om {{requestType}}. Ditt ärendenummer är {{reference}}.

Enligt dataskyddsförordningen ska vi besvara din begäran utan onödigt dröjsmål och senast {{dueDate}}. Tidsfristen är en månad och löper under perioden från {{receivedDate}} till {{dueDate}}. Om begäran är komplex, eller om vi har fått många begäranden, kan tiden förlängas med ytterligare två månader; i så fall meddelar vi dig det senast {{dueDate}}.

Har du frågor kan du kontakta oss på {{dpoEmail}}. Ange gärna ärendenumret.`
    },
    identificationRequest: {
      subject: 'Vi behöver fler uppgifter för att kunna identifiera dig ({{reference}})',
      body: `Hej {{recipientName}},

Vi har tagit emot din begäran ({{reference}}) den {{receivedDate}}. För att vara säkra på att uppgifterna lämnas till rätt person behöver vi följande: {{requestedInformation}}

Vi begär bara de uppgifter som behövs för att identifiera dig. Tiden för att besvara din begäran står still tills vi har fått uppgifterna.

Du kan svara till {{dpoEmail}} eller med brev till oss.`
    },
    extensionNotice: {
      subject: 'Vi behöver mer tid för att besvara din begäran ({{reference}})',
      body: `Hej {{recipientName}},

Vi tog emot din begäran den {{receivedDate}} och skulle normalt ha besvarat den senast {{dueDate}}. Vi behöver förlänga tiden med två månader, enligt artikel 12.3 i dataskyddsförordningen.

Skäl till förlängningen: {{reasons}}

Vi kommer att besvara din begäran senast {{newDueDate}}.`
    },
    feeWarning: {
      subject: 'Avgift för ytterligare en kopia ({{reference}})',
      body: `Hej {{recipientName}},

Du fick en kostnadsfri kopia av dina personuppgifter den {{lastCopyDate}}. Din nya begäran gäller samma uppgifter för samma period. För ytterligare en kopia inom tolv månader får vi ta ut en rimlig avgift som motsvarar våra administrativa kostnader: {{amount}} kronor.

Skäl: {{feeReason}}

Du kan välja att återkalla eller ändra din begäran innan vi tar fram kopian. Hör av dig till {{dpoEmail}}. Från ett år efter den senaste kostnadsfria kopian är en ny kopia alltid kostnadsfri.`
    },
    rectificationDone: {
      subject: 'Dina uppgifter är rättade ({{reference}})',
      body: `Hej {{recipientName}},

Vi har rättat dina personuppgifter enligt din begäran ({{reference}}):

{{correctedData}}

{{recipientsStatement}}`
    },
    erasureDone: {
      subject: 'Dina uppgifter är raderade ({{reference}})',
      body: `Hej {{recipientName}},

Vi har behandlat din begäran om radering ({{reference}}) och raderat dina personuppgifter.

Raderade uppgifter: {{erasedCategories}}

{{recipientsStatement}}`
    },
    erasurePartial: {
      subject: 'Dina uppgifter är delvis raderade ({{reference}})',
      body: `Hej {{recipientName}},

Vi har behandlat din begäran om radering ({{reference}}). En del av dina personuppgifter har vi raderat, en del måste vi spara en tid till.

Raderade uppgifter: {{erasedCategories}}

${KEPT_SV}
{{blockedCategories}}

{{recipientsStatement}}

${IMY_SV}`
    },
    erasureBlocked: {
      subject: 'Dina uppgifter är spärrade ({{reference}})',
      body: `Hej {{recipientName}},

Vi har behandlat din begäran om radering ({{reference}}). Vi har inte kunnat radera dina personuppgifter ännu.

${KEPT_SV}
{{blockedCategories}}

{{recipientsStatement}}

${IMY_SV}`
    },
    refusal: {
      subject: 'Beslut om din begäran ({{reference}})',
      body: `Hej {{recipientName}},

Vi har prövat din begäran som vi tog emot den {{receivedDate}} ({{reference}}) och kan inte tillmötesgå den.

Skäl: {{reasons}}

${IMY_SV}`
    },
    marketingOptOutConfirmation: {
      subject: 'Du får inte längre marknadsföring från oss ({{reference}})',
      body: `Hej {{recipientName}},

Vi bekräftar att vi från och med {{effectiveDate}} inte längre använder dina personuppgifter för direktmarknadsföring. Vi sparar bara de uppgifter som behövs för att se till att du inte får marknadsföring igen.

Det här har vi slutat med:
{{stoppedList}}

Du får fortfarande meddelanden som krävs för att vi ska kunna fullgöra avtal med dig.`
    },
    restrictionDone: {
      subject: 'Behandlingen av dina uppgifter är begränsad ({{reference}})',
      body: `Hej {{recipientName}},

Vi har begränsat behandlingen av dina personuppgifter enligt din begäran ({{reference}}). Uppgifterna sparas men används inte, utom med ditt samtycke eller för att fastställa, göra gällande eller försvara rättsliga anspråk (artikel 18 i dataskyddsförordningen). Vi meddelar dig innan begränsningen upphör.

{{restrictedScope}}

{{recipientsStatement}}`
    },
    objectionDone: {
      subject: 'Vi har slutat behandla dina uppgifter ({{reference}})',
      body: `Hej {{recipientName}},

Vi har prövat din invändning ({{reference}}) och slutat behandla dina personuppgifter på det sätt du invände mot (artikel 21 i dataskyddsförordningen).

Det här har vi slutat med:
{{stoppedList}}

{{reasons}}`
    },
    portabilityDelivery: {
      subject: 'Dina personuppgifter i ett maskinläsbart format ({{reference}})',
      body: `Hej {{recipientName}},

Här är de personuppgifter som du själv har lämnat till oss, i ett strukturerat och maskinläsbart format enligt din begäran om dataportabilitet ({{reference}}, artikel 20 i dataskyddsförordningen).

Bifogat:
{{deliveredFiles}}

JSON-filen innehåller alla uppgifter, och CSV-filen innehåller samma uppgifter som en tabell (UTF-8) för kalkylprogram. Du kan lämna filerna till en annan personuppgiftsansvarig.`
    }
  },
  en: {
    receiptAcknowledgement: {
      subject: 'We have received your request ({{reference}})',
      body: `Dear {{recipientName}},

We confirm that on {{receivedDate}} we received your request for {{requestType}}. Your reference is {{reference}}.

Under the General Data Protection Regulation we must answer without undue delay and by {{dueDate}} at the latest. The time limit is one month, running in the period from {{receivedDate}} to {{dueDate}}. If the request is complex, or we have received many requests, it may be extended by two further months; we would tell you so by {{dueDate}}.

If you have questions, contact us at {{dpoEmail}} and quote the reference.`
    },
    identificationRequest: {
      subject: 'We need more information to identify you ({{reference}})',
      body: `Dear {{recipientName}},

We received your request ({{reference}}) on {{receivedDate}}. To be sure that the data goes to the right person, we need the following: {{requestedInformation}}

We only ask for what is needed to identify you. The time to answer your request is paused until we have received it.

You can reply to {{dpoEmail}} or by letter.`
    },
    extensionNotice: {
      subject: 'We need more time to answer your request ({{reference}})',
      body: `Dear {{recipientName}},

We received your request on {{receivedDate}} and would normally have answered by {{dueDate}}. We need to extend this by two months, under Article 12(3) of the General Data Protection Regulation.

Reasons for the extension: {{reasons}}

We will answer your request by {{newDueDate}}.`
    },
    feeWarning: {
      subject: 'Fee for a further copy ({{reference}})',
      body: `Dear {{recipientName}},

You received a free copy of your personal data on {{lastCopyDate}}. Your new request concerns the same data for the same period. For a further copy within twelve months we may charge a reasonable fee based on our administrative costs: SEK {{amount}}.

Reason: {{feeReason}}

You may withdraw or change your request before we prepare the copy; contact {{dpoEmail}}. From one year after the last free copy, a new copy is always free.`
    },
    rectificationDone: {
      subject: 'Your data has been rectified ({{reference}})',
      body: `Dear {{recipientName}},

We have rectified your personal data as you requested ({{reference}}):

{{correctedData}}

{{recipientsStatement}}`
    },
    erasureDone: {
      subject: 'Your data has been erased ({{reference}})',
      body: `Dear {{recipientName}},

We have handled your request for erasure ({{reference}}) and erased your personal data.

Erased data: {{erasedCategories}}

{{recipientsStatement}}`
    },
    erasurePartial: {
      subject: 'Your data has been partly erased ({{reference}})',
      body: `Dear {{recipientName}},

We have handled your request for erasure ({{reference}}). We have erased some of your personal data; some we must keep for a while longer.

Erased data: {{erasedCategories}}

${KEPT_EN}
{{blockedCategories}}

{{recipientsStatement}}

${IMY_EN}`
    },
    erasureBlocked: {
      subject: 'Your data has been blocked ({{reference}})',
      body: `Dear {{recipientName}},

We have handled your request for erasure ({{reference}}). We have not been able to erase your personal data yet.

${KEPT_EN}
{{blockedCategories}}

{{recipientsStatement}}

${IMY_EN}`
    },
    refusal: {
      subject: 'Decision on your request ({{reference}})',
      body: `Dear {{recipientName}},

We have considered your request received on {{receivedDate}} ({{reference}}) and cannot comply with it.

Reasons: {{reasons}}

${IMY_EN}`
    },
    marketingOptOutConfirmation: {
      subject: 'You will no longer receive marketing from us ({{reference}})',
      body: `Dear {{recipientName}},

We confirm that from {{effectiveDate}} we no longer use your personal data for direct marketing. We keep only what is needed to make sure you do not receive marketing again.

This is what we have stopped:
{{stoppedList}}

You will still receive messages we need to send to fulfil our contract with you.`
    },
    restrictionDone: {
      subject: 'The processing of your data is restricted ({{reference}})',
      body: `Dear {{recipientName}},

We have restricted the processing of your personal data as you requested ({{reference}}). The data is kept but not used, except with your consent or for the establishment, exercise or defence of legal claims (Article 18 of the General Data Protection Regulation). We will tell you before the restriction is lifted.

{{restrictedScope}}

{{recipientsStatement}}`
    },
    objectionDone: {
      subject: 'We have stopped processing your data ({{reference}})',
      body: `Dear {{recipientName}},

We have assessed your objection ({{reference}}) and stopped processing your personal data in the way you objected to (Article 21 of the General Data Protection Regulation).

This is what we have stopped:
{{stoppedList}}

{{reasons}}`
    },
    portabilityDelivery: {
      subject: 'Your personal data in a machine-readable format ({{reference}})',
      body: `Dear {{recipientName}},

Here is the personal data you provided to us, in a structured, machine-readable format, as you requested under the right to data portability ({{reference}}, Article 20 of the General Data Protection Regulation).

Enclosed:
{{deliveredFiles}}

The JSON file holds all of the data, and the CSV file holds the same data as a table (UTF-8) for spreadsheets. You may give the files to another controller.`
    }
  }
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g

/**
 * Replaces `{{name}}` with the value as plain text. A placeholder without a value is shown as
 * "[saknas: name]" so a missing fact is visible on the proof, never silently blank.
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string>>,
  language: DocLanguage = 'sv'
): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined
    if (value === undefined || value.trim() === '')
      return language === 'sv' ? `[saknas: ${name}]` : `[missing: ${name}]`
    return value
  })
}

/** Placeholders used in a template that no letter can fill (typos in an edited template). */
export function unknownPlaceholders(template: string, templateId: LetterTemplateId): string[] {
  const known = new Set<string>([...COMMON_FIELDS, ...TEMPLATE_FIELDS[templateId]])
  return [...template.matchAll(PLACEHOLDER)]
    .map((match) => match[1]!)
    .filter((name) => !known.has(name))
}
