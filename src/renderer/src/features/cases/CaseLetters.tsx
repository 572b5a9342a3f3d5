import { useState } from 'react'
import { addCorrespondence, type DataSubject } from '../../../../core'
import { type DocLanguage, type LetterTemplateId } from '../../../../core/pdf/model'
import { useLive } from '../../data/live'
import { addAttachment } from '../../data/repos/attachments.repo'
import { callOrThrow } from '../../lib/api'
import { errorText, useI18n, type MessageKey } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Checkbox } from '../../ui/Choice'
import { Field } from '../../ui/Field'
import { Notice } from '../../ui/Notice'
import { TemplatePicker } from '../letters/TemplatePicker'
import { buildLetterModel, buildRegisterutdragModel, subjectEntries } from '../letters/buildModels'
import { loadInventory, loadLetterSettings, loadOrganisation } from '../organisation/organisation'
import { useDb } from '../vault/VaultProvider'
import { Section } from './CaseDetailPage'
import { today, useCaseCommand, type CaseView } from './useCases'

type Addressed = DataSubject & { address: NonNullable<DataSubject['address']> }

/** Letters and the registerutdrag: rendered and signed in main, stored encrypted in the case. */
export function CaseLetters({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const db = useDb()
  const { run } = useCaseCommand()
  const { value: setup } = useLive(async () => {
    const [organisation, settings, inventory] = await Promise.all([
      loadOrganisation(db),
      loadLetterSettings(db),
      loadInventory(db)
    ])
    return { organisation, settings, inventory }
  }, [db])
  const [templateId, setTemplateId] = useState<LetterTemplateId>('receiptAcknowledgement')
  const [language, setLanguage] = useState<DocLanguage>('sv')
  const [freeText, setFreeText] = useState('')
  const [shouldSign, setShouldSign] = useState(true)
  const [toPost, setToPost] = useState(view.case.channel === 'letter')
  const [sections, setSections] = useState<Record<string, string> | null>(null)
  const [message, setMessage] = useState<{
    tone: 'success' | 'error' | 'warning'
    text: string
  } | null>(null)
  const [busy, setBusy] = useState(false)
  const subject = view.subject
  const categoryName = (id: string) =>
    setup?.inventory.find((category) => category.id === id)?.name ?? id

  if (!setup) return null
  const contactCategory =
    setup.inventory.find((category) => category.id === 'person-kontakt')?.id ??
    setup.inventory[0]?.id
  const dataSections =
    sections ?? (subject && contactCategory ? { [contactCategory]: subjectEntries(subject) } : {})

  const store = async (pdf: Uint8Array, name: string, subjectLine: string) => {
    const now = new Date()
    const attachment = await addAttachment(db, {
      caseId: view.case.id,
      name: `${name}.pdf`,
      mime: 'application/pdf',
      addedAt: now.toISOString(),
      data: pdf
    })
    const failure = await run((ctx) =>
      addCorrespondence(
        view.case,
        {
          direction: 'out',
          medium: 'letter',
          at: now.toISOString(),
          subject: subjectLine,
          attachmentIds: [attachment.id],
          ...(toPost ? { toPost: true } : {})
        },
        ctx
      )
    )
    if (failure) throw new Error(failure)
  }

  const produce = async (kind: 'letter' | 'registerutdrag') => {
    setMessage(null)
    if (!subject?.address) {
      setMessage({ tone: 'error', text: t('letters.noAddress') })
      return
    }
    setBusy(true)
    try {
      const status = await callOrThrow('signing:get-status', undefined)
      const sign = shouldSign && status.hasIdentity && status.isUnlocked
      const on = today()
      const addressed = subject as Addressed
      if (kind === 'letter') {
        const model = buildLetterModel({
          view,
          subject: addressed,
          organisation: setup.organisation,
          settings: setup.settings,
          templateId,
          language,
          freeText,
          on,
          categoryName
        })
        const rendered = await callOrThrow('pdf:render-letter', { model, sign })
        const name = `${t(`letter.${templateId}` as MessageKey)} ${view.case.reference}`
        await store(rendered.pdf, name, t(`letter.${templateId}` as MessageKey))
        setMessage(
          sign || !shouldSign
            ? { tone: 'success', text: t('letters.created', { name }) }
            : { tone: 'warning', text: t('letters.noSigning') }
        )
      } else {
        const model = buildRegisterutdragModel({
          view,
          subject: addressed,
          organisation: setup.organisation,
          settings: setup.settings,
          inventory: setup.inventory,
          sections: dataSections,
          language,
          on
        })
        const rendered = await callOrThrow('pdf:render-registerutdrag', { model, sign })
        const name = `Registerutdrag ${view.case.reference}`
        await store(rendered.pdf, name, 'Registerutdrag')
        setMessage(
          sign || !shouldSign
            ? { tone: 'success', text: t('letters.created', { name }) }
            : { tone: 'warning', text: t('letters.noSigning') }
        )
      }
    } catch (error) {
      setMessage({
        tone: 'error',
        text:
          error instanceof Error && !('error' in error) && !('code' in error)
            ? error.message
            : errorText(t, error)
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Section title={t('letters.title')} id="letters-title">
      <TemplatePicker
        templateId={templateId}
        language={language}
        onTemplateChange={setTemplateId}
        onLanguageChange={setLanguage}
        testId="letter-template"
      />
      <Field label={t('letters.freeText')} hint={t('letters.freeTextHint')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            rows={2}
            aria-describedby={describedBy}
            value={freeText}
            onChange={(event) => setFreeText(event.target.value)}
          />
        )}
      </Field>
      <div className="inline-form">
        <Checkbox checked={shouldSign} onChange={setShouldSign}>
          {t('letters.sign')}
        </Checkbox>
        <Checkbox checked={toPost} onChange={setToPost}>
          {t('letters.toPost')}
        </Checkbox>
      </div>
      <div className="form-actions">
        <Button busy={busy} onClick={() => void produce('letter')} data-testid="create-letter">
          {t('letters.create')}
        </Button>
      </div>
      {view.case.type === 'access' && (
        <details className="subform">
          <summary>{t('letters.dataTitle')}</summary>
          <p className="muted">{t('letters.dataHint')}</p>
          {setup.inventory.map((category) => (
            <Field key={category.id} label={category.name}>
              {({ id }) => (
                <textarea
                  id={id}
                  rows={category.id === contactCategory ? 5 : 2}
                  value={dataSections[category.id] ?? ''}
                  onChange={(event) =>
                    setSections({ ...dataSections, [category.id]: event.target.value })
                  }
                />
              )}
            </Field>
          ))}
          <Button
            variant="primary"
            busy={busy}
            onClick={() => void produce('registerutdrag')}
            data-testid="create-registerutdrag"
          >
            {t('letters.createRegisterutdrag')}
          </Button>
        </details>
      )}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </Section>
  )
}
