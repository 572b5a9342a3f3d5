import type { MainContext } from '../context'
import type { Handlers } from './router'

export function createAppHandlers(ctx: MainContext): Pick<Handlers, 'app:get-info'> {
  return {
    'app:get-info': () => ({ ...ctx.appInfo })
  }
}
