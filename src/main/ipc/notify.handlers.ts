import type { MainContext } from '../context'
import { showDeadlineNotifications } from '../services/notifier'
import type { Handlers } from './router'

export function createNotifyHandlers(
  ctx: Pick<MainContext, 'notifier' | 'navigate'>
): Pick<Handlers, 'notify:show-deadlines'> {
  return {
    'notify:show-deadlines': ({ alerts }) => ({
      shown: showDeadlineNotifications(ctx.notifier, alerts, ctx.navigate)
    })
  }
}
