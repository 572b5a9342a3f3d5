import {
  computeDeadlines,
  swedishDateOf,
  type DataSubject,
  type Deadlines,
  type DsrCase,
  type IsoDate
} from '../../../../core'

export type CaseView = {
  case: DsrCase
  subject?: DataSubject
  /** The date to answer by (the extended date once extended). */
  due: IsoDate
  extendedDue: IsoDate
  deadlines: Deadlines
}

export function today(): IsoDate {
  return swedishDateOf(new Date())
}

/** Deadlines for many cases: without clock stops they depend only on the day of receipt. */
export function caseViews(
  cases: readonly DsrCase[],
  subjects: readonly DataSubject[],
  on: IsoDate
): CaseView[] {
  const byId = new Map(subjects.map((subject) => [subject.id, subject]))
  const cache = new Map<string, Deadlines>()
  return cases.map((dsrCase) => {
    let deadlines: Deadlines
    if (dsrCase.clockStops.length === 0) {
      deadlines = cache.get(dsrCase.receivedAt) ?? computeDeadlines(dsrCase.receivedAt)
      cache.set(dsrCase.receivedAt, deadlines)
    } else {
      deadlines = computeDeadlines(dsrCase.receivedAt, {
        clockStops: dsrCase.clockStops,
        today: on
      })
    }
    const subject = byId.get(dsrCase.subjectId)
    return {
      case: dsrCase,
      ...(subject ? { subject } : {}),
      due: dsrCase.extension ? deadlines.extendedDue : deadlines.due,
      extendedDue: deadlines.extendedDue,
      deadlines
    }
  })
}
