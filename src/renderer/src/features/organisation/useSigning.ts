import { useCallback, useEffect, useState } from 'react'
import type { IpcOutput } from '@shared/ipc/contract'
import { callOrThrow } from '../../lib/api'

export type SigningStatus = IpcOutput<'signing:get-status'>

/** The signing certificate kept in main: its status, a new self-signed one, or an import. */
export function useSigning() {
  const [status, setStatus] = useState<SigningStatus | null>(null)
  useEffect(() => {
    let active = true
    void callOrThrow('signing:get-status', undefined).then((value) => active && setStatus(value))
    return () => {
      active = false
    }
  }, [])
  const generate = useCallback(
    async (input: { name: string; organisation: string; email?: string }) =>
      setStatus(await callOrThrow('signing:generate-self-signed', input)),
    []
  )
  const importP12 = useCallback(
    async (p12: Uint8Array, password: string) =>
      setStatus(await callOrThrow('signing:import-p12', { p12, password })),
    []
  )
  return { status, generate, importP12 }
}
