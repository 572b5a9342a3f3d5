/**
 * The cases and subjects a backup holds, as its preview and list show them: its record counts,
 * or, in a backup made before schema v3 (one row per record, ADR 0015), its row counts.
 */
export function shownCounts(backup: {
  counts: Readonly<Record<string, number>>
  records?: Readonly<Record<string, number>> | undefined
}): { cases: number; subjects: number } {
  const source = backup.records ?? backup.counts
  return { cases: source['cases'] ?? 0, subjects: source['subjects'] ?? 0 }
}
