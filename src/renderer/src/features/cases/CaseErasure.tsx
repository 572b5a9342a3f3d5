import { useState } from 'react'
import {
  decideErasure,
  LEGAL_BASES_FOR_BLOCK,
  lastFinancialYearEnd,
  markCategoryErased,
  type LegalBasisForBlock
} from '../../../../core'
import { useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { RadioGroup } from '../../ui/Choice'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { useInventory, useOrganisation } from '../settings/useSettings'
import { financialYearHint, legalBasisLabel } from './caseLabels'
import { today, useCaseCommand, type CaseView } from './useCases'

const BASES = LEGAL_BASES_FOR_BLOCK

export function CaseErasure({ view }: { view: CaseView }) {
  const { t, language } = useI18n()
  const { run } = useCaseCommand()
  const dsrCase = view.case
  const inventory = useInventory()
  const organisation = useOrganisation()
  const act = useAction()
  const [categoryId, setCategoryId] = useState('')
  const [action, setAction] = useState<'erase' | 'block'>('erase')
  const [basis, setBasis] = useState<LegalBasisForBlock>('bokforingslagen')
  // Empty until the DPO types a date: a bokföringslagen block then offers the organisation's
  // last financial-year end (a month end), the other bases ask for their own start day.
  const [typedStart, setStartEvent] = useState('')
  const lastYearEnd = lastFinancialYearEnd(organisation?.financialYearEndMonth ?? 12, today())
  const startEvent = typedStart || (basis === 'bokforingslagen' ? lastYearEnd : '')
  const [releaseDate, setReleaseDate] = useState('')
  const [allowedUse, setAllowedUse] = useState(
    'Endast för att uppfylla den rättsliga förpliktelsen (till exempel Skatteverkets granskning)'
  )
  const perform = (command: Parameters<typeof run>[0]) =>
    act.run(() => run(command), t('detail.saved'))
  const categories = inventory ?? []
  const nameOf = (id: string) => categories.find((category) => category.id === id)?.name ?? id
  const selected = categoryId || categories[0]?.id || ''
  return (
    <Section title={t('detail.erasure')} id="erasure-title">
      <table className="data-table compact" data-testid="case-erasure">
        <tbody>
          {dsrCase.erasure.map((item) => (
            <tr key={item.categoryId}>
              <td>{nameOf(item.categoryId)}</td>
              <td>
                {item.action === 'erase'
                  ? t('detail.erase')
                  : `${t('detail.block')}: ${legalBasisLabel(t, item.legalBasis)}`}
                {item.releaseDate && (
                  <div className="muted">
                    {t('detail.releaseDate')} {item.releaseDate} · {item.allowedUse}
                  </div>
                )}
              </td>
              <td>
                {item.erasedAt ? (
                  t('detail.erased', { date: item.erasedAt })
                ) : (
                  <Button
                    variant="link"
                    onClick={() =>
                      void perform((ctx) =>
                        markCategoryErased(dsrCase, item.categoryId, today(), ctx)
                      )
                    }
                  >
                    {t('detail.markErased')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="subform"
        onSubmit={(event) => {
          event.preventDefault()
          void perform((ctx) =>
            decideErasure(
              dsrCase,
              action === 'erase'
                ? { categoryId: selected, action: 'erase' }
                : {
                    categoryId: selected,
                    action: 'block',
                    legalBasis: basis,
                    startEvent,
                    allowedUse,
                    ...(basis === 'other' && releaseDate ? { releaseDate } : {})
                  },
              ctx
            )
          )
        }}
        noValidate
      >
        <div className="inline-form">
          <label>
            {t('detail.category')}{' '}
            <select
              value={selected}
              onChange={(event) => setCategoryId(event.target.value)}
              data-testid="erasure-category"
            >
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          </label>
          <RadioGroup
            className="choice inline"
            legend={t('detail.erasureAction')}
            name="erasure-action"
            value={action}
            options={[
              { value: 'erase', label: t('detail.erase') },
              { value: 'block', label: t('detail.block') }
            ]}
            onChange={setAction}
          />
        </div>
        {action === 'block' && (
          <div className="inline-form">
            <label>
              {t('detail.legalBasis')}{' '}
              <select
                value={basis}
                onChange={(event) => setBasis(event.target.value as LegalBasisForBlock)}
              >
                {BASES.map((value) => (
                  <option key={value} value={value}>
                    {legalBasisLabel(t, value)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t(`startEvent.${basis}` as MessageKey)}{' '}
              <input
                type="date"
                value={startEvent}
                onChange={(event) => setStartEvent(event.target.value)}
                data-testid="erasure-start"
              />
            </label>
            {basis === 'bokforingslagen' && (
              <p className="muted" data-testid="erasure-financial-year">
                {financialYearHint(t, language, organisation?.financialYearEndMonth, lastYearEnd)}
              </p>
            )}
            {basis === 'other' && (
              <label>
                {t('detail.releaseDate')}{' '}
                <input
                  type="date"
                  value={releaseDate}
                  onChange={(event) => setReleaseDate(event.target.value)}
                />
              </label>
            )}
            <label className="grow">
              {t('detail.allowedUse')}{' '}
              <input value={allowedUse} onChange={(event) => setAllowedUse(event.target.value)} />
            </label>
          </div>
        )}
        <Button type="submit">{t('detail.saveErasure')}</Button>
      </form>
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </Section>
  )
}
