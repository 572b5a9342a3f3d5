import { describe, expect, it } from 'vitest'
import type { DataSubject } from '../model/types'
import { portabilityFiles, rfc4180Cell } from './portability'

const subject: DataSubject = {
  id: 's1',
  name: 'Åsa Öberg',
  personnummer: '198112189876',
  email: 'asa@example.se',
  phone: '+46 70 123 45 67',
  address: { street: 'Storgatan 1, lgh 1102', postalCode: '111 22', city: 'Malmö' },
  customerRefs: ['K-1001', 'K-2002'],
  notes: 'Ringde i mars, arg',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z'
}

const files = portabilityFiles({
  reference: 'DSR-2026-0007',
  controller: { name: 'Entrack AB', orgNumber: '556677-8899' },
  subject,
  datasets: [
    {
      category: 'Orderhistorik',
      source: 'Webbutiken',
      columns: ['Order', 'Vara', 'Vara'],
      rows: [
        ['1', 'Kaffe "mörk"', 'Kopp'],
        ['2', 'Te, grönt']
      ]
    }
  ],
  on: '2026-12-01'
})

describe('portability files', () => {
  it('names the files after the case', () => {
    expect(files.jsonName).toBe('personuppgifter-DSR-2026-0007.json')
    expect(files.csvName).toBe('personuppgifter-DSR-2026-0007.csv')
    expect(files.zipName).toBe('personuppgifter-DSR-2026-0007.zip')
  })

  it('holds the person and each dataset as JSON, without the DPO notes', () => {
    const document = JSON.parse(files.json)
    expect(document.format).toBe('dpo-desk/portability-1')
    expect(document.person).toEqual({
      name: 'Åsa Öberg',
      personnummer: '198112189876',
      email: 'asa@example.se',
      phone: '+46 70 123 45 67',
      address: { street: 'Storgatan 1, lgh 1102', postalCode: '111 22', city: 'Malmö' },
      customerRefs: ['K-1001', 'K-2002']
    })
    expect(files.json).not.toContain('arg')
    expect(document.datasets[0].records).toEqual([
      { Order: '1', Vara: 'Kaffe "mörk"', 'Vara (2)': 'Kopp' },
      { Order: '2', Vara: 'Te, grönt', 'Vara (2)': '' }
    ])
  })

  it('holds the same facts as a long RFC 4180 table, values unchanged', () => {
    const lines = files.csv.split('\r\n')
    expect(files.csv.charCodeAt(0)).not.toBe(0xfeff)
    expect(lines[0]).toBe('dataset,source,record,field,value')
    expect(lines).toContain('person,,1,phone,+46 70 123 45 67')
    expect(lines).toContain('person,,1,address.street,"Storgatan 1, lgh 1102"')
    expect(lines).toContain('person,,1,customerRefs[2],K-2002')
    expect(lines).toContain('Orderhistorik,Webbutiken,1,Vara,"Kaffe ""mörk"""')
    expect(lines).toContain('Orderhistorik,Webbutiken,2,Vara,"Te, grönt"')
    expect(lines.at(-1)).toBe('')
  })

  it('quotes only what RFC 4180 needs', () => {
    expect(rfc4180Cell('=SUM(A1)')).toBe('=SUM(A1)')
    expect(rfc4180Cell(' kant')).toBe('" kant"')
    expect(rfc4180Cell('rad\nbrytning')).toBe('"rad\nbrytning"')
  })
})
