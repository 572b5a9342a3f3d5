import { LETTER_TEMPLATE_IDS, type DocLanguage, type LetterTemplateId } from '@core/pdf/model'
import { useI18n, type MessageKey } from '../../lib/i18n'

/** Chooses a letter template and the language the letter is written in. */
export function TemplatePicker(props: {
  templateId: LetterTemplateId
  language: DocLanguage
  onTemplateChange: (id: LetterTemplateId) => void
  onLanguageChange: (language: DocLanguage) => void
  /** The letters to offer; every template when not given (settings). */
  ids?: readonly LetterTemplateId[]
  testId?: string
}) {
  const { t } = useI18n()
  return (
    <div className="inline-form">
      <label>
        {t('letters.template')}{' '}
        <select
          value={props.templateId}
          onChange={(event) => props.onTemplateChange(event.target.value as LetterTemplateId)}
          data-testid={props.testId}
        >
          {(props.ids ?? LETTER_TEMPLATE_IDS).map((id) => (
            <option key={id} value={id}>
              {t(`letter.${id}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('letters.language')}{' '}
        <select
          value={props.language}
          onChange={(event) => props.onLanguageChange(event.target.value as DocLanguage)}
        >
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </select>
      </label>
    </div>
  )
}
