import {
  baseDocument,
  firstPageOverlay,
  letterHead,
  mm,
  signatureBlock,
  type DocDefinition,
  type DocNode
} from './layout'
import type { LetterModel } from './model'
import { fillTemplate } from './templates'

/** A case letter from an (edited) template; placeholders become plain text. */
export function buildLetterDoc(model: LetterModel): DocDefinition {
  const subject = fillTemplate(model.template.subject, model.fields, model.language)
  const paragraphs = fillTemplate(model.template.body, model.fields, model.language)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
  const content: DocNode[] = [
    ...letterHead(model),
    { text: subject, style: 'title' },
    ...paragraphs.map((paragraph) => ({ text: paragraph, margin: [0, 0, 0, mm(3)] })),
    signatureBlock(model)
  ]
  return baseDocument({
    language: model.language,
    title: `${subject}`,
    organisation: model.organisation,
    overlay: firstPageOverlay(model),
    content
  })
}
