import { useCallback, useMemo } from 'react'
import {
  addCorrespondence,
  ALL_DATA_SCOPE,
  applyAutomation,
  automationFor,
  type AutomaticStep,
  freeCopyStatus,
  letterAvailability,
  setFee,
  swedishDateOf,
  type CommandContext,
  type DataSubject,
  type DsrCase
} from '@core'
import { recipientFit } from '@core/pdf/layout'
import type { AddressFit } from '@core/pdf/addressFit'
import type { DocLanguage, LetterTemplateId } from '@core/pdf/model'
import { callOrThrow } from '../../lib/api'
import type { Feedback } from '../../lib/useAction'
import { errorText, useI18n, type MessageKey } from '../../lib/i18n'
import { useAttachments } from '../cases/useAttachments'
import { today, useCaseCommand, type CaseView } from '../cases/useCases'
import { useCopyLedger } from '../cases/useSubjectCases'
import { useInventory, useLetterSettings, useOrganisation } from '../settings/useSettings'
import { buildLetterModel, buildRegisterutdragModel } from './buildModels'

type Addressed = DataSubject & { address: NonNullable<DataSubject['address']> }

/** What a request asks a copy of: all data unless the DPO said otherwise. */
export type RequestedCopy = { scope: string; period?: { from: string; to: string } }
const ALL_DATA: RequestedCopy = { scope: ALL_DATA_SCOPE }

/** The free copy a fee warning refers to: the latest one of the same data, else the latest. */
function lastFreeCopy(
  ledger: Parameters<typeof freeCopyStatus>[0],
  on: string,
  requested: RequestedCopy
): string | undefined {
  const status = freeCopyStatus(ledger, on, requested)
  return status.kind === 'free' && status.reason === 'first' ? undefined : status.lastFree
}

export type LetterRequest =
  | {
      kind: 'letter'
      templateId: LetterTemplateId
      language: DocLanguage
      freeText: string
      /** For a fee warning: the amount and reason the letter states. */
      fee?: { amountSek: number; reason: string }
      /** For a fee warning: what the request asks a copy of (default all data). */
      requested?: RequestedCopy
      /** Files sent with the letter (the portability package), filed with it. */
      enclosures?: { name: string; type: string; data: Uint8Array }[]
    }
  | {
      kind: 'registerutdrag'
      language: DocLanguage
      sections: Record<string, string>
      /** What the copy covers, for the free-copy ledger (default all data, `ALL_DATA_SCOPE`). */
      scope?: string
      period?: { from: string; to: string }
    }

/** Automatic workflow steps a letter carried out, with the case as it was, for "Ångra". */
export type AutomationOutcome = {
  caseId: string
  before: DsrCase
  steps: AutomaticStep[]
  offerClockStop: boolean
}

export type FiledLetter = { feedback: Feedback; automation: AutomationOutcome | null }

export type LetterOptions = { shouldSign: boolean; toPost: boolean }

/** A rendered letter waiting for the DPO to file it (what she previews is what is filed). */
export type RenderedLetter = {
  pdf: Uint8Array
  name: string
  subjectLine: string
  /** The template actually used ('registerutdrag' for the copy). */
  templateId: string
  isSigned: boolean
  /** How the address sits in the envelope's window. */
  fit: AddressFit
  request: LetterRequest
  options: LetterOptions
}

/**
 * Letters and the registerutdrag of a case: `render` builds the model and has main render (and
 * sign) it, for the preview; `file` stores exactly those bytes as an outgoing letter of the case,
 * with its attachment, in one write (a fee warning also dates the fee notice).
 */
export function useLetters(view: CaseView) {
  const { t } = useI18n()
  const organisation = useOrganisation()
  const settings = useLetterSettings()
  const inventory = useInventory()
  const { runSteps } = useCaseCommand()
  const { stage } = useAttachments(view.case.id)
  const ledger = useCopyLedger(view.case.subjectId, view.case.id)
  const ready = useMemo(
    () => (organisation && settings && inventory ? { organisation, settings, inventory } : null),
    [organisation, settings, inventory]
  )

  /** Why a template cannot be used in this case now, or null. */
  const unavailable = useCallback(
    (templateId: LetterTemplateId, requested?: RequestedCopy): string | null => {
      const result = letterAvailability(templateId, view.case, {
        ledger,
        today: today(),
        ...(requested ? { requested } : {})
      })
      return result.ok ? null : errorText(t, result.error)
    },
    [view.case, ledger, t]
  )

  /** Whether a copy of `requested` is free today, by the person's ledger. */
  const copyStatus = useCallback(
    (requested: RequestedCopy) => freeCopyStatus(ledger, today(), requested),
    [ledger]
  )

  const render = useCallback(
    async (request: LetterRequest, options: LetterOptions): Promise<RenderedLetter | string> => {
      if (!ready) return t('app.loading')
      const subject = view.subject
      if (!subject?.address) return t('letters.noAddress')
      const on = today()
      const addressed = subject as Addressed
      const categoryName = (id: string) =>
        ready.inventory.find((category) => category.id === id)?.name ?? id
      const status = await callOrThrow('signing:get-status', undefined)
      const sign = options.shouldSign && status.hasIdentity && status.isUnlocked
      const fit = recipientFit({ name: addressed.name, address: addressed.address })
      if (request.kind === 'letter') {
        const available = letterAvailability(request.templateId, view.case, {
          ledger,
          today: on,
          ...(request.requested ? { requested: request.requested } : {})
        })
        if (!available.ok) return errorText(t, available.error)
        // The fee warning states the amount typed in the dialog; it is stored when filed.
        const facts: CaseView = request.fee
          ? { ...view, case: { ...view.case, fee: { ...request.fee } } }
          : view
        const model = buildLetterModel({
          view: facts,
          subject: addressed,
          organisation: ready.organisation,
          settings: ready.settings,
          templateId: request.templateId,
          language: request.language,
          freeText: request.freeText,
          on,
          categoryName,
          lastFreeCopy:
            available.value.lastFreeCopy ?? lastFreeCopy(ledger, on, request.requested ?? ALL_DATA)
        })
        const rendered = await callOrThrow('pdf:render-letter', { model, sign })
        // The form actually used: an erasure answer says what was done.
        const subjectLine = t(`letter.${model.templateId}` as MessageKey)
        return {
          pdf: rendered.pdf,
          name: `${subjectLine} ${view.case.reference}`,
          subjectLine,
          templateId: model.templateId,
          isSigned: rendered.isSigned,
          fit,
          request,
          options
        }
      }
      const model = buildRegisterutdragModel({
        view,
        subject: addressed,
        organisation: ready.organisation,
        settings: ready.settings,
        inventory: ready.inventory,
        sections: request.sections,
        language: request.language,
        on,
        ...(request.period ? { period: request.period } : {})
      })
      const rendered = await callOrThrow('pdf:render-registerutdrag', { model, sign })
      const subjectLine = t('letter.registerutdrag')
      return {
        pdf: rendered.pdf,
        name: `${subjectLine} ${view.case.reference}`,
        subjectLine,
        templateId: 'registerutdrag',
        isSigned: rendered.isSigned,
        fit,
        request,
        options
      }
    },
    [ready, view, t, ledger]
  )

  const file = useCallback(
    async (letter: RenderedLetter): Promise<FiledLetter | string> => {
      const request = letter.request
      const enclosures = request.kind === 'letter' ? (request.enclosures ?? []) : []
      const [staged, ...stagedEnclosures] = await stage([
        { name: `${letter.name}.pdf`, type: 'application/pdf', data: letter.pdf },
        ...enclosures
      ])
      const fee = request.kind === 'letter' ? request.fee : undefined
      const meta =
        request.kind === 'registerutdrag'
          ? {
              templateId: letter.templateId,
              ...(request.scope?.trim() ? { scope: request.scope.trim() } : {}),
              ...(request.period ? { period: request.period } : {})
            }
          : { templateId: letter.templateId }
      let automation: AutomationOutcome | null = null
      const failure = await runSteps(
        view.case,
        [
          (current, ctx) =>
            addCorrespondence(
              current,
              {
                direction: 'out',
                medium: 'letter',
                at: ctx.now.toISOString(),
                subject: letter.subjectLine,
                attachmentIds: [staged!.meta.id, ...stagedEnclosures.map((item) => item.meta.id)],
                letter: meta,
                ...(letter.options.toPost ? { toPost: true } : {})
              },
              ctx
            ),
          // Filing the fee warning is the notice: the fee is recorded as warned today.
          ...(fee
            ? [
                (current: DsrCase, ctx: CommandContext) =>
                  setFee(current, { ...fee, warnedAt: swedishDateOf(ctx.now) }, ctx)
              ]
            : []),
          // A letter that is not posted takes effect now: its workflow step follows.
          ...(letter.options.toPost
            ? []
            : [
                (current: DsrCase, ctx: CommandContext) => {
                  const entry = current.correspondence.find((item) =>
                    item.attachmentIds.includes(staged!.meta.id)
                  )!
                  const planned = automationFor(current, entry, {
                    ledger,
                    on: swedishDateOf(ctx.now)
                  })
                  automation = { caseId: current.id, before: current, ...planned }
                  // Nothing to do: the step is left out.
                  return planned.steps.length ? applyAutomation(current, planned.steps, ctx) : null
                }
              ])
        ],
        { attachments: [staged!, ...stagedEnclosures] }
      )
      if (failure) return failure
      return {
        feedback:
          letter.isSigned || !letter.options.shouldSign
            ? { tone: 'success', text: t('letters.filed', { name: letter.name }) }
            : { tone: 'warning', text: t('letters.noSigning') },
        automation
      }
    },
    [view.case, t, runSteps, stage, ledger]
  )

  return { ready, unavailable, copyStatus, render, file }
}
