import { describe, expect, it } from 'vitest'
import {
  changeStatus,
  createCase,
  deadlineAlerts,
  freeCopyStatus,
  luhnCheckDigit,
  parseSwedishId,
  toNotifications,
  type CaseWithDeadlines
} from '@core'
import { testCase } from '../../../../../tests/fixtures/cases'
import { coreText, errorText, translator } from './index'

const sv = translator('sv')
const en = translator('en')

describe('core messages in words', () => {
  it('renders deadline reminders with plurals and lower-case types, naming no one', () => {
    const rows: CaseWithDeadlines[] = [
      {
        case: testCase({ id: 'a', reference: 'DSR-2026-0001', type: 'erasure' }),
        due: '2026-03-20',
        extendedDue: '2026-05-20'
      },
      {
        case: testCase({ id: 'b', reference: 'DSR-2026-0002', type: 'objection' }),
        due: '2026-04-02',
        extendedDue: '2026-06-02'
      },
      {
        case: testCase({ id: 'c', reference: 'DSR-2026-0003', type: 'access' }),
        due: '2026-04-01',
        extendedDue: '2026-06-01'
      }
    ]
    const { alerts } = deadlineAlerts(rows, '2026-04-01', {})
    const words = (t: typeof sv) =>
      toNotifications(alerts, 2).map((n) => `${coreText(t, n.title)} | ${coreText(t, n.body)}`)
    expect(words(sv)).toEqual([
      'DSR-2026-0001 är försenat | Sista dag för begäran om radering var 2026-03-20 (för 12 dagar sedan).',
      'DSR-2026-0003: sista dag i dag | Besvara begäran om registerutdrag senast 2026-04-01.',
      '1 påminnelse till | Öppna DPO Desk för att se alla tidsfrister.'
    ])
    expect(words(en)[0]).toBe(
      'DSR-2026-0001 is overdue | The deadline for the erasure request was 2026-03-20 (12 days ago).'
    )
    expect(coreText(sv, alerts[2]!.title)).toBe('DSR-2026-0002: sista dag i morgon')
    expect(coreText(en, alerts[2]!.body)).toBe('Answer the objection by 2026-04-02.')
  })

  it('renders errors with their parameters and code-valued parameters translated', () => {
    const ctx = { now: new Date('2026-03-06T09:00:00Z'), actor: 'DPO', newId: () => 'x' }
    const created = createCase(
      { type: 'access', channel: 'letter', subjectId: 's', receivedAt: '2026-03-05' },
      [],
      ctx
    )
    if (!created.ok) throw new Error(created.error.code)
    const refused = changeStatus({ ...created.value.case, status: 'answered' }, 'rejected', ctx)
    if (refused.ok) throw new Error('expected a refusal')
    expect(errorText(sv, refused.error)).toBe(
      'Den statusändringen är inte tillåten (från Besvarad till Avslagen).'
    )
    expect(errorText(en, refused.error)).toBe(
      'That status change is not allowed (from Answered to Rejected).'
    )
    const id = parseSwedishId(`261201-123${luhnCheckDigit('261201123')}`, '2026-11-24')
    if (id.ok) throw new Error('expected an error')
    expect(errorText(sv, id.error)).toContain('Är personen född 1926')
    expect(errorText(en, { code: 'NO_SUCH_CODE' })).toBe(
      'An unknown error occurred (NO_SUCH_CODE).'
    )
  })

  it('renders the free-copy status in both languages', () => {
    const status = freeCopyStatus(
      [{ caseId: 'c', deliveredAt: '2026-03-02', scope: 'Alla uppgifter', free: true }],
      '2026-09-01',
      { scope: 'Alla uppgifter' }
    )
    expect(coreText(sv, status.message)).toBe(
      'Senaste kostnadsfria kopia av samma uppgifter 2026-03-02, nästa kostnadsfria från 2027-03-02. Ytterligare en kopia av samma uppgifter får kosta en rimlig avgift, men först efter ett avgiftsbesked; den får inte vägras.'
    )
    expect(coreText(en, status.message)).toContain('next free copy from 2027-03-02')
  })
})
