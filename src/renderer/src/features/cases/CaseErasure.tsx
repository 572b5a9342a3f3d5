import { useWatch } from 'react-hook-form'
import {
  decideErasure,
  lastFinancialYearEnd,
  LEGAL_BASES_FOR_BLOCK,
  markCategoryErased,
  type DsrCase,
  type InventoryCategory
} from '@core'
import { useZodForm } from '../../lib/forms'
import { useI18n, type MessageKey } from '../../lib/i18n'
import { useAction } from '../../lib/useAction'
import { Button } from '../../ui/Button'
import { RadioGroup } from '../../ui/Choice'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'
import { useInventory, useOrganisation } from '../settings/useSettings'
import { financialYearHint, legalBasisLabel } from './caseLabels'
import { CASE_LIMITS, erasureSchema, type ErasureDraft } from './caseForms'
import { today, useCaseCommand, type CaseView } from './useCases'

type Perform = (
  command: Parameters<ReturnType<typeof useCaseCommand>['run']>[0]
) => Promise<boolean>

/** Erase or block one category; a block asks for its start day, permitted use and end. */
function ErasureForm({
  dsrCase,
  categories,
  perform
}: {
  dsrCase: DsrCase
  categories: readonly InventoryCategory[]
  perform: Perform
}) {
  const { t, language } = useI18n()
  const organisation = useOrganisation()
  // A bokföringslagen block starts at the organisation's last financial-year end (a month
  // end); the other bases ask for their own start day.
  const lastYearEnd = lastFinancialYearEnd(organisation?.financialYearEndMonth ?? 12, today())
  const form = useZodForm<ErasureDraft>(erasureSchema, {
    categoryId: categories[0]?.id ?? '',
    action: 'erase',
    basis: 'bokforingslagen',
    startEvent: lastYearEnd,
    releaseDate: '',
    allowedUse: t('detail.allowedUseDefault')
  })
  const action = useWatch({ control: form.control, name: 'action' })
  const basis = useWatch({ control: form.control, name: 'basis' })
  const onBasis = (next: string) => {
    if (!form.getFieldState('startEvent').isDirty)
      form.setValue('startEvent', next === 'bokforingslagen' ? lastYearEnd : '')
  }
  return (
    <form
      className="subform"
      onSubmit={form.handleSubmit(
        (draft) =>
          void perform((ctx) =>
            decideErasure(
              dsrCase,
              draft.action === 'erase'
                ? { categoryId: draft.categoryId, action: 'erase' }
                : {
                    categoryId: draft.categoryId,
                    action: 'block',
                    legalBasis: draft.basis,
                    startEvent: draft.startEvent,
                    allowedUse: draft.allowedUse,
                    ...(draft.basis === 'other' && draft.releaseDate
                      ? { releaseDate: draft.releaseDate }
                      : {})
                  },
              ctx
            )
          )
      )}
      noValidate
      aria-label={t('detail.saveErasure')}
    >
      <div className="form-grid">
        <SelectField
          form={form}
          name="categoryId"
          label={t('detail.category')}
          testId="erasure-category"
          options={categories.map((category) => ({ value: category.id, label: category.name }))}
        />
        <RadioGroup
          className="choice inline"
          legend={t('detail.erasureAction')}
          name="erasure-action"
          value={action}
          options={[
            { value: 'erase', label: t('detail.erase') },
            { value: 'block', label: t('detail.block') }
          ]}
          onChange={(value) => form.setValue('action', value)}
        />
      </div>
      {action === 'block' && (
        <>
          <div className="form-grid">
            <SelectField
              form={form}
              name="basis"
              label={t('detail.legalBasis')}
              testId="erasure-basis"
              onChange={onBasis}
              options={LEGAL_BASES_FOR_BLOCK.map((value) => ({
                value,
                label: legalBasisLabel(t, value)
              }))}
            />
            <TextField
              form={form}
              name="startEvent"
              type="date"
              label={t(`startEvent.${basis}` as MessageKey)}
              required
              testId="erasure-start"
              {...(basis === 'bokforingslagen'
                ? {
                    hint: financialYearHint(
                      t,
                      language,
                      organisation?.financialYearEndMonth,
                      lastYearEnd
                    )
                  }
                : {})}
            />
            {basis === 'other' && (
              <TextField
                form={form}
                name="releaseDate"
                type="date"
                label={t('detail.releaseDate')}
                required
                testId="erasure-release"
              />
            )}
          </div>
          <TextField
            form={form}
            name="allowedUse"
            label={t('detail.allowedUse')}
            required
            multiline
            rows={2}
            maxLength={CASE_LIMITS.allowedUse}
            testId="erasure-allowed-use"
          />
        </>
      )}
      <Button type="submit">{t('detail.saveErasure')}</Button>
    </form>
  )
}

export function CaseErasure({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { run } = useCaseCommand()
  const dsrCase = view.case
  const inventory = useInventory()
  const act = useAction()
  const perform: Perform = (command) => act.run(() => run(command), t('detail.saved'))
  const categories = inventory ?? []
  const nameOf = (id: string) => categories.find((category) => category.id === id)?.name ?? id
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
      {categories.length > 0 && (
        <ErasureForm dsrCase={dsrCase} categories={categories} perform={perform} />
      )}
      {act.feedback && <Notice tone={act.feedback.tone}>{act.feedback.text}</Notice>}
    </Section>
  )
}
