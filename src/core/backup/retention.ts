/**
 * Which backups to keep: the newest one per day for 7 days, per ISO week for 4 weeks and per
 * month for 12 months (grandfather-father-son). Only verified backups count, only backups this
 * app made are ever deleted, and the newest verified backup is never deleted.
 */
export type RetentionPolicy = { daily: number; weekly: number; monthly: number }
export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12 }

export type BackupEntry = { name: string; createdAt: string; isVerified: boolean }

function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
  const weekday = (day.getUTCDay() + 6) % 7
  day.setUTCDate(day.getUTCDate() - weekday + 3)
  const firstThursday = new Date(Date.UTC(day.getUTCFullYear(), 0, 4))
  const week =
    1 +
    Math.round(
      ((day.getTime() - firstThursday.getTime()) / 86_400_000 -
        3 +
        ((firstThursday.getUTCDay() + 6) % 7)) /
        7
    )
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

/** The names of verified backups that the policy no longer keeps. */
export function backupsToDelete(
  entries: readonly BackupEntry[],
  policy: RetentionPolicy = DEFAULT_RETENTION
): string[] {
  const verified = entries
    .filter((entry) => entry.isVerified)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const keep = new Set<string>()
  if (verified[0]) keep.add(verified[0].name)
  const buckets: [number, (date: Date) => string][] = [
    [policy.daily, (date) => date.toISOString().slice(0, 10)],
    [policy.weekly, isoWeek],
    [policy.monthly, (date) => date.toISOString().slice(0, 7)]
  ]
  for (const [count, bucketOf] of buckets) {
    const seen = new Set<string>()
    for (const entry of verified) {
      if (seen.size >= count) break
      const bucket = bucketOf(new Date(entry.createdAt))
      if (seen.has(bucket)) continue
      seen.add(bucket)
      keep.add(entry.name)
    }
  }
  return verified.filter((entry) => !keep.has(entry.name)).map((entry) => entry.name)
}
