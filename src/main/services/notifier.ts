/** Shows OS notifications; main's composition root adapts Electron's Notification to this. */
export interface Notifier {
  isSupported(): boolean
  show(notification: { title: string; body: string; onClick: () => void }): void
}

export type DeadlineNotification = { caseId: string | null; title: string; body: string }

/**
 * Shows deadline reminders prepared by the renderer. A click asks the renderer to open the
 * case, or the overview for a summary line (caseId null).
 */
export function showDeadlineNotifications(
  notifier: Notifier,
  notifications: readonly DeadlineNotification[],
  navigate: (path: string) => void
): number {
  if (!notifier.isSupported()) return 0
  for (const item of notifications) {
    const path = item.caseId ? `/cases/${encodeURIComponent(item.caseId)}` : '/'
    notifier.show({ title: item.title, body: item.body, onClick: () => navigate(path) })
  }
  return notifications.length
}
