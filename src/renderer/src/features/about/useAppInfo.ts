import { useEffect, useState } from 'react'
import type { IpcOutput } from '@shared/ipc/contract'
import type { AppError } from '@shared/result'
import { call } from '../../lib/api'

export type AppInfo = IpcOutput<'app:get-info'>

export function useAppInfo(): { info: AppInfo | null; error: AppError | null } {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [error, setError] = useState<AppError | null>(null)
  useEffect(() => {
    let active = true
    void call('app:get-info', undefined).then((result) => {
      if (!active) return
      if (result.ok) setInfo(result.value)
      else setError(result.error)
    })
    return () => {
      active = false
    }
  }, [])
  return { info, error }
}
