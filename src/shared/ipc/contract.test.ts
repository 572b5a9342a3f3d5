import { describe, expect, it } from 'vitest'
import { IPC_CHANNELS, IPC_EVENTS, isIpcChannel } from './channels'
import { ipcContract, ipcEvents } from './contract'

describe('IPC contract', () => {
  it('declares exactly the channels the preload allowlists', () => {
    expect(Object.keys(ipcContract).sort()).toEqual([...IPC_CHANNELS].sort())
  })

  it('declares exactly the events the preload allowlists', () => {
    expect(Object.keys(ipcEvents).sort()).toEqual([...IPC_EVENTS].sort())
  })

  it('names channels area:verb-noun in kebab case', () => {
    for (const channel of IPC_CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('recognises only declared channels', () => {
    expect(isIpcChannel('app:get-info')).toBe(true)
    expect(isIpcChannel('app:exec')).toBe(false)
    expect(isIpcChannel(42)).toBe(false)
  })
})
