import { useCallback, useMemo } from 'react'
import { addCorrespondence, freeCopyStatus, type DataSubject } from '../../../../core'
import type { DocLanguage, LetterTemplateId } from '../../../../core/pdf/model'
import { callOrThrow } from '../../lib/api'
import type { Feedback } from '../../lib/useAction'
import { useI18n, type MessageKey } from '../../lib/i18n'
import { useAttachments } from '../cases/useAttachments'
import { today, useCaseCommand, type CaseView } from '../cases/useCases'
import { useCopyLedger } from '../cases/useSubjectCases'
import { useInventory, useLetterSettings, useOrganisation } from '../settings/useSettings'
import { buildLetterModel, buildRegisterutdragModel } from './buildModels'

type Addressed = DataSubject & { address: NonNullable<DataSubject['address']> }

/** The free copy a fee warning refers to: the latest one of the same data, else the latest. */
function lastFreeCopy(
  ledger: Parameters<typeof freeCopyStatus>[0],
  on: string
): string | undefined {
  const status = freeCopyStatus(ledger, on, { scope: 'Alla uppgifter' })
  return status.kind === 'free' && status.reason === 'first' ? undefined : status.lastFree
}

export type LetterRequest =
  | { kind: 'letter'; templateId: LetterTemplateId; language: DocLanguage; freeText: string }
  | { kind: 'registerutdrag'; language: DocLanguage; sections: Record<string, string> }

/**
 * Letters and the registerutdrag of a case: the model is built here, main renders and signs it,
 * and the PDF is filed as an outgoing letter of the case with its attachment in one write.
 */
export function useLetters(view: CaseView) {
  const { t } = useI18n()
  const organisation = useOrganisation()
  const settings = useLetterSettings()
  const inventory = useInventory()
  const { run } = useCaseCommand()
  const { stage } = useAttachments(view.case.id)
  const ledger = useCopyLedger(view.case.subjectId, view.case.id)
  const ready = useMemo(
    () => (organisation && settings && inventory ? { organisation, settings, inventory } : null),
    [organisation, settings, inventory]
  )

  const produce = useCallback(
    async (
      request: LetterRequest,
      options: { shouldSign: boolean; toPost: boolean }
    ): Promise<Feedback | string> => {
      if (!ready) return t('app.loading')
      const subject = view.subject
      if (!subject?.address) return t('letters.noAddress')
      const status = await callOrThrow('signing:get-status', undefined)
      const sign = options.shouldSign && status.hasIdentity && status.isUnlocked
      const on = today()
      const addressed = subject as Addressed
      const categoryName = (id: string) =>
        ready.inventory.find((category) => category.id === id)?.name ?? id
      let pdf: Uint8Array
      let name: string
      let subjectLine: string
      if (request.kind === 'letter') {
        const model = buildLetterModel({
          view,
          subject: addressed,
          organisation: ready.organisation,
          settings: ready.settings,
          templateId: request.templateId,
          language: request.language,
          freeText: request.freeText,
          on,
          categoryName,
          lastFreeCopy: lastFreeCopy(ledger, on)
        })
        pdf = (await callOrThrow('pdf:render-letter', { model, sign })).pdf
        // The form actually used: an erasure answer says what was done.
        subjectLine = t(`letter.${model.templateId}` as MessageKey)
        name = `${subjectLine} ${view.case.reference}`
      } else {
        const model = buildRegisterutdragModel({
          view,
          subject: addressed,
          organisation: ready.organisation,
          settings: ready.settings,
          inventory: ready.inventory,
          sections: request.sections,
          language: request.language,
          on
        })
        pdf = (await callOrThrow('pdf:render-registerutdrag', { model, sign })).pdf
        subjectLine = 'Registerutdrag'
        name = `Registerutdrag ${view.case.reference}`
      }
      const [staged] = await stage([{ name: `${name}.pdf`, type: 'application/pdf', data: pdf }])
      const failure = await run(
        (ctx) =>
          addCorrespondence(
            view.case,
            {
              direction: 'out',
              medium: 'letter',
              at: ctx.now.toISOString(),
              subject: subjectLine,
              attachmentIds: [staged!.meta.id],
              ...(options.toPost ? { toPost: true } : {})
            },
            ctx
          ),
        { attachments: [staged!] }
      )
      if (failure) return failure
      return sign || !options.shouldSign
        ? { tone: 'success', text: t('letters.created', { name }) }
        : { tone: 'warning', text: t('letters.noSigning') }
    },
    [ready, view, t, run, stage, ledger]
  )
  return { ready, produce }
}
