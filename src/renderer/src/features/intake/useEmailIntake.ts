import { useCallback, useEffect } from 'react'
import {
  INTAKE_REFUSAL,
  MAX_INTAKE_BYTES,
  MAX_INTAKE_MB,
  type IntakeRefusal
} from '@shared/ipc/intake'
import type { IpcOutput } from '@shared/ipc/contract'
import { callOrThrow } from '../../lib/api'
import { coreText, errorText, useI18n } from '../../lib/i18n'
import { navigate } from '../../lib/router'
import { setIntake } from './intakeState'

export { useIntakeState, setIntake, type IntakeState } from './intakeState'

/** A refusal from main in the DPO's language (`error.<code>`). */
export function useRefusalText(): (refusal: IntakeRefusal) => string {
  const { t } = useI18n()
  return useCallback(
    (refusal: IntakeRefusal) =>
      coreText(t, { code: `error.${refusal.code}`, params: refusal.params }),
    [t]
  )
}

const EMAIL_EXTENSIONS = /\.(eml|msg)$/i
const EMAIL_TYPES = new Set(['message/rfc822', 'application/vnd.ms-outlook'])

export function isEmailFile(file: { name: string; type: string }): boolean {
  return EMAIL_EXTENSIONS.test(file.name) || EMAIL_TYPES.has(file.type)
}

type EmailResult = IpcOutput<'intake:parse-email'>

/**
 * Takes in an e-mail: a dropped file's bytes go to main's `intake:parse-email`, "Importera
 * e-post" asks main to show the open dialog (`intake:choose-email`). Either way the intake page
 * shows the preview, or why the file was refused.
 */
export function useEmailIntake(): {
  read: (file: File) => Promise<void>
  choose: () => Promise<void>
} {
  const { t } = useI18n()
  const apply = useCallback((fileName: string, result: EmailResult) => {
    if (result.accepted) setIntake({ status: 'ready', email: result.email })
    else setIntake({ status: 'refused', fileName, refusal: result.refusal })
  }, [])
  const read = useCallback(
    async (file: File) => {
      navigate('/intake')
      if (file.size > MAX_INTAKE_BYTES) {
        setIntake({
          status: 'refused',
          fileName: file.name,
          refusal: { code: INTAKE_REFUSAL.tooLarge, params: { maxMb: MAX_INTAKE_MB } }
        })
        return
      }
      setIntake({ status: 'reading', fileName: file.name })
      try {
        const bytes = new Uint8Array(await file.arrayBuffer())
        apply(file.name, await callOrThrow('intake:parse-email', { fileName: file.name, bytes }))
      } catch (error) {
        setIntake({ status: 'failed', fileName: file.name, text: errorText(t, error) })
      }
    },
    [apply, t]
  )
  const choose = useCallback(async () => {
    try {
      const chosen = await callOrThrow('intake:choose-email', undefined)
      if (!chosen.chosen) return
      navigate('/intake')
      apply('', chosen.result)
    } catch (error) {
      navigate('/intake')
      setIntake({ status: 'failed', fileName: '', text: errorText(t, error) })
    }
  }, [apply, t])
  return { read, choose }
}

/**
 * An e-mail dropped anywhere in the app opens the intake page. Drops a panel handles itself
 * (a case's attachments) are left to it; other files are not opened by the browser either.
 */
export function useEmailDrop(): void {
  const { read } = useEmailIntake()
  useEffect(() => {
    const hasFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'))
    const over = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault()
    }
    const drop = (event: DragEvent) => {
      if (event.defaultPrevented || !hasFiles(event)) return
      event.preventDefault()
      const file = [...(event.dataTransfer?.files ?? [])].find(isEmailFile)
      if (file) void read(file)
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [read])
}
