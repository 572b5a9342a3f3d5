import { ESLint } from 'eslint'
import path from 'node:path'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')
// The snippets are not files on disk, so type-aware parsing is switched off; the layer rules
// themselves need no type information.
const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] })

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  expect(result?.messages.filter((message) => message.fatal)).toEqual([])
  return (result?.messages ?? [])
    .filter(
      (message) =>
        message.ruleId === '@typescript-eslint/no-restricted-imports' ||
        message.ruleId === 'no-restricted-imports'
    )
    .map((message) => message.message)
}

// The layer rules of docs/adr/0001-process-boundaries.md, checked against the real ESLint config.
describe('layer rules', () => {
  it.each([
    ['src/core/example.ts', "import { app } from 'electron'\nexport const x = app"],
    [
      'src/core/example.ts',
      "import { readFileSync } from 'node:fs'\nexport const x = readFileSync"
    ],
    ['src/core/example.ts', "import Dexie from 'dexie'\nexport const x = Dexie"],
    ['src/shared/example.ts', "import { useState } from 'react'\nexport const x = useState"],
    ['src/shared/example.ts', "import { x as y } from '../main/context'\nexport const x = y"],
    [
      'src/renderer/src/example.ts',
      "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer"
    ],
    [
      'src/renderer/src/example.ts',
      "import { createHandlers } from '../../main/ipc/handlers'\nexport const x = createHandlers"
    ],
    ['src/renderer/src/features/example.ts', "import Dexie from 'dexie'\nexport const x = Dexie"],
    ['src/main/example.ts', "import { App } from '../renderer/src/App'\nexport const x = App"],
    ['src/preload/example.ts', "import { z } from 'zod'\nexport const x = z"],
    [
      'src/core/crypto/example.ts',
      "import { unsafe } from '@noble/ciphers/aes.js'\nexport const x = unsafe"
    ],
    [
      'src/renderer/src/data/example.ts',
      "import { GHASH } from '@noble/ciphers/_polyval.js'\nexport const x = GHASH"
    ],
    [
      'src/renderer/src/features/cases/Example.tsx',
      "import { listCases } from '../../data/repos/cases.repo'\nexport const x = listCases"
    ],
    [
      'src/renderer/src/features/cases/Example.tsx',
      "import { callOrThrow } from '../../lib/api'\nexport const x = callOrThrow"
    ],
    ['src/renderer/src/ui/Example.tsx', "import Dexie from 'dexie'\nexport const x = Dexie"],
    // Pages are the data layer's storage detail: features go through the repositories.
    [
      'src/renderer/src/features/cases/useExample.ts',
      "import { putMembers } from '../../data/pages'\nexport const x = putMembers"
    ],
    // The renderer reaches core and shared by alias only; nothing else reaches the renderer so.
    [
      'src/renderer/src/features/cases/useExample.ts',
      "import { createCase } from '../../../../core'\nexport const x = createCase"
    ],
    [
      'src/renderer/src/features/cases/Example.tsx',
      "import { CASE_LIMITS } from '../../../../core/model/schemas'\nexport const x = CASE_LIMITS"
    ],
    [
      'src/renderer/src/data/example.ts',
      "import { IPC_ERROR } from '../../../shared/result'\nexport const x = IPC_ERROR"
    ],
    ['src/core/example.ts', "import { t } from '@renderer/lib/i18n'\nexport const x = t"],
    ['src/main/example.ts', "import { t } from '@renderer/lib/i18n'\nexport const x = t"]
  ])('%s may not %s', async (file, code) => {
    expect(await restrictedImports(file, code)).not.toEqual([])
  })

  it.each([
    ['src/core/example.ts', "import { z } from 'zod'\nexport const x = z"],
    ['src/core/example.ts', "import { gcm } from '@noble/ciphers/aes.js'\nexport const x = gcm"],
    ['src/renderer/src/data/example.ts', "import Dexie from 'dexie'\nexport const x = Dexie"],
    [
      'src/renderer/src/data/repos/example.repo.ts',
      "import { putMembers } from '../pages'\nexport const x = putMembers"
    ],
    [
      'src/renderer/src/features/cases/useExample.ts',
      "import { listCases } from '../../data/repos/cases.repo'\nexport const x = listCases"
    ],
    [
      'src/renderer/src/features/cases/Example.tsx',
      "import type { CaseStore } from '../../data/store/caseStore'\nexport type X = CaseStore"
    ],
    ['src/main/example.ts', "import { app } from 'electron'\nexport const x = app"],
    [
      'src/preload/example.ts',
      "import { contextBridge } from 'electron'\nexport const x = contextBridge"
    ],
    [
      'src/renderer/src/features/cases/useExample.ts',
      "import { createCase } from '@core'\nexport const x = createCase"
    ],
    [
      'src/renderer/src/features/cases/Example.tsx',
      "import { IPC_ERROR } from '@shared/result'\nexport const x = IPC_ERROR"
    ],
    [
      'src/renderer/src/lib/i18n/catalog.ts',
      "import { caseCoreMessages } from '../../features/cases/core.messages'\nexport const x = caseCoreMessages"
    ]
  ])('%s may use %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([])
  })
})
