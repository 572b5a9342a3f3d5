import { describe, expect, it } from 'vitest'
import { SEED_INVENTORY } from './seed'

describe('seeded processing inventory', () => {
  it('states the bokföringslagen rule as the law words it (7 kap. 2 §)', () => {
    const mentions = SEED_INVENTORY.filter((category) => /bokföringslagen/.test(category.retention))
    expect(mentions.length).toBeGreaterThan(0)
    for (const category of mentions) {
      expect(category.retention, category.id).toContain(
        'till och med det sjunde året efter utgången av det kalenderår då räkenskapsåret avslutades'
      )
      expect(category.retention, category.id).not.toMatch(/sju år efter räkenskapsårets utgång/)
    }
  })
})
