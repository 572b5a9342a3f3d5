import { useState } from 'react'
import { useI18n } from '../../lib/i18n'
import { Button } from '../../ui/Button'
import { Notice } from '../../ui/Notice'
import { Section } from '../../ui/Section'
import { SubjectForm } from '../subjects/SubjectForm'
import { useSubject } from '../subjects/useSubjects'
import type { CaseView } from './useCases'

/**
 * A rectification case applies the corrected values to the DPO's own record of the person;
 * the audit log notes the fields and the case.
 */
export function CaseRectification({ view }: { view: CaseView }) {
  const { t } = useI18n()
  const { subject } = useSubject(view.case.subjectId)
  const [isEditing, setIsEditing] = useState(false)
  const [saved, setSaved] = useState(false)
  if (!subject) return null
  return (
    <Section title={t('detail.rectify')} id="rectify-title">
      <p className="muted">{t('detail.rectifyIntro')}</p>
      {saved && <Notice tone="success">{t('subjects.form.updated')}</Notice>}
      {isEditing ? (
        <SubjectForm
          subject={subject}
          rectificationReference={view.case.reference}
          onSaved={() => (setIsEditing(false), setSaved(true))}
          onCancel={() => setIsEditing(false)}
        />
      ) : (
        <Button onClick={() => (setIsEditing(true), setSaved(false))} data-testid="rectify-open">
          {t('detail.rectifyOpen')}
        </Button>
      )}
    </Section>
  )
}
