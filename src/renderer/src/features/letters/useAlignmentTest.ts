import { useCallback } from 'react'
import type { LetterLayout } from '@core/pdf/model'
import { callOrThrow } from '../../lib/api'
import { useI18n } from '../../lib/i18n'
import { today } from '../cases/useCases'
import { useLetterSettings, useOrganisation } from '../settings/useSettings'

/**
 * The window-envelope test page (where the address lands), rendered in main and saved where the
 * DPO chooses, in her language; with the stored layout unless another one is being tried.
 */
export function useAlignmentTest(): (layout?: LetterLayout) => Promise<boolean> {
  const organisation = useOrganisation()
  const settings = useLetterSettings()
  const { t, language } = useI18n()
  return useCallback(
    async (layout?: LetterLayout) => {
      if (!organisation || !settings) return false
      const page = await callOrThrow('pdf:render-alignment-test', {
        language,
        organisation,
        layout: layout ?? settings.layout,
        date: today()
      })
      const saved = await callOrThrow('pdf:save', {
        pdf: page.pdf,
        suggestedName: t('letterSettings.alignmentFile')
      })
      return saved.saved
    },
    [organisation, settings, language, t]
  )
}
