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

/** Extra fields per template. */
export const TEMPLATE_FIELDS: Record<LetterTemplateId, readonly string[]> = {
  receiptAcknowledgement: ['requestType', 'dueDate'],
  identificationRequest: ['requestedInformation'],
  extensionNotice: ['reasons', 'newDueDate', 'dueDate'],
  feeWarning: ['amount', 'feeReason', 'lastCopyDate'],
  rectificationDone: ['correctedData', 'recipientsInformed'],
  erasureDone: ['erasedCategories', 'blockedCategories', 'recipientsInformed'],
  refusal: ['reasons'],
  marketingOptOutConfirmation: ['effectiveDate']
}

const IMY_SV =
  'Om du är missnöjd med hur vi har hanterat din begäran har du rätt att lämna ett klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, www.imy.se. Du kan också vända dig till allmän domstol.'
const IMY_EN =
  'If you are not satisfied with how we handled your request, you have the right to lodge a complaint with the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY), Box 8114, 104 20 Stockholm, Sweden, www.imy.se. You may also go to court.'

export const DEFAULT_TEMPLATES: Record<DocLanguage, Record<LetterTemplateId, LetterTemplate>> = {
  sv: {
    receiptAcknowledgement: {
      subject: 'Vi har tagit emot din begäran ({{reference}})',
      body: `Hej {{recipientName}},

Vi bekräftar att vi den {{receivedDate}} tog emot din begäran om {{requestType}}. Ditt ärendenummer är {{reference}}.

Enligt dataskyddsförordningen ska vi besvara din begäran utan onödigt dröjsmål och senast inom en månad, det vill säga under perioden från {{receivedDate}} till {{dueDate}}. Om begäran är komplex kan tiden förlängas med ytterligare två månader; i så fall meddelar vi dig det före {{dueDate}}.

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
      subject: 'Avgift för ytterligare kopia ({{reference}})',
      body: `Hej {{recipientName}},

Du fick en kostnadsfri kopia av dina personuppgifter den {{lastCopyDate}}. Din nya begäran gäller samma uppgifter. För en ytterligare kopia får vi ta ut en rimlig avgift som motsvarar våra administrativa kostnader: {{amount}} kronor.

Skäl: {{feeReason}}

Du kan välja att återkalla eller ändra din begäran innan vi tar fram kopian. Hör av dig till {{dpoEmail}}. Från ett år efter den senaste kostnadsfria kopian är en ny kopia alltid kostnadsfri.`
    },
    rectificationDone: {
      subject: 'Dina uppgifter är rättade ({{reference}})',
      body: `Hej {{recipientName}},

Vi har rättat dina personuppgifter enligt din begäran ({{reference}}):

{{correctedData}}

Vi har informerat följande mottagare om rättelsen: {{recipientsInformed}}`
    },
    erasureDone: {
      subject: 'Dina uppgifter är raderade ({{reference}})',
      body: `Hej {{recipientName}},

Vi har behandlat din begäran om radering ({{reference}}).

Raderade uppgifter: {{erasedCategories}}

Uppgifter som vi enligt lag måste spara en tid till är spärrade och får bara användas för att uppfylla den skyldigheten: {{blockedCategories}}

Vi har informerat följande mottagare om raderingen: {{recipientsInformed}}`
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

Du får fortfarande meddelanden som krävs för att vi ska kunna fullgöra avtal med dig.`
    }
  },
  en: {
    receiptAcknowledgement: {
      subject: 'We have received your request ({{reference}})',
      body: `Dear {{recipientName}},

We confirm that on {{receivedDate}} we received your request for {{requestType}}. Your reference is {{reference}}.

Under the General Data Protection Regulation we must answer without undue delay and at the latest within one month, that is in the period from {{receivedDate}} to {{dueDate}}. If the request is complex, this may be extended by two further months; we would tell you before {{dueDate}}.

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

You received a free copy of your personal data on {{lastCopyDate}}. Your new request concerns the same data. For a further copy we may charge a reasonable fee based on our administrative costs: SEK {{amount}}.

Reason: {{feeReason}}

You may withdraw or change your request before we prepare the copy; contact {{dpoEmail}}. From one year after the last free copy, a new copy is always free.`
    },
    rectificationDone: {
      subject: 'Your data has been rectified ({{reference}})',
      body: `Dear {{recipientName}},

We have rectified your personal data as you requested ({{reference}}):

{{correctedData}}

We have informed these recipients of the rectification: {{recipientsInformed}}`
    },
    erasureDone: {
      subject: 'Your data has been erased ({{reference}})',
      body: `Dear {{recipientName}},

We have handled your request for erasure ({{reference}}).

Erased data: {{erasedCategories}}

Data we must keep for a period by law is blocked and may only be used to meet that obligation: {{blockedCategories}}

We have informed these recipients of the erasure: {{recipientsInformed}}`
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

You will still receive messages we need to send to fulfil our contract with you.`
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
