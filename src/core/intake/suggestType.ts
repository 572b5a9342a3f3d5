/**
 * A first guess at the kind of request an incoming message makes, from words in its subject and
 * text ("registerutdrag", "radera", "avregistrera" …). Only a suggestion: the DPO always picks
 * the type herself before the case is registered.
 */
import type { CaseType } from '../model/types'

type Rule = { type: CaseType; patterns: readonly string[] }

/**
 * Word stems per type, Swedish first, then English. A stem matches at the start of a word
 * ("radera" finds "raderas", "raderade"). On a tie the earlier rule wins: erasure covers an
 * unsubscribe in the same message, an access request is the commonest.
 */
const RULES: readonly Rule[] = [
  {
    type: 'erasure',
    patterns: [
      'radera',
      'radering',
      'ta bort mina',
      'ta bort min',
      'ta bort mig',
      'ta bort alla',
      'bli glömd',
      'glöm mig',
      'erase',
      'erasure',
      'delete my',
      'right to be forgotten'
    ]
  },
  {
    type: 'access',
    patterns: [
      'registerutdrag',
      'utdrag',
      'vilka uppgifter',
      'vilka personuppgifter',
      'artikel 15',
      'art. 15',
      'tillgång till mina',
      'kopia av mina',
      'access request',
      'subject access',
      'copy of my'
    ]
  },
  {
    type: 'marketingOptOut',
    patterns: [
      'avregistrera',
      'avanmäl',
      'nyhetsbrev',
      'utskick',
      'reklam',
      'marknadsföring',
      'unsubscribe',
      'newsletter',
      'direct marketing'
    ]
  },
  {
    type: 'rectification',
    patterns: ['rätta', 'rättelse', 'felaktig', 'korrigera', 'rectif', 'correct my']
  },
  { type: 'restriction', patterns: ['begränsa', 'begränsning', 'restrict'] },
  {
    type: 'portability',
    patterns: [
      'dataportabilitet',
      'portabilitet',
      'maskinläsbar',
      'flytta mina uppgifter',
      'portability',
      'machine-readable'
    ]
  },
  {
    type: 'objection',
    patterns: ['invänd', 'invändning', 'motsätter mig', 'object to', 'objection']
  }
]

export type TypeSuggestion = {
  type: CaseType
  /** The stems that matched, for "suggested because of …"; empty when nothing matched. */
  matched: string[]
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('sv-SE')

function count(haystack: string, stem: string): number {
  let found = 0
  let from = 0
  for (;;) {
    const at = haystack.indexOf(stem, from)
    if (at < 0) return found
    // A stem counts at the start of a word only ("rätta" is not in "upprätta").
    const before = at === 0 ? '' : haystack[at - 1]!
    if (!/\p{L}/u.test(before)) found++
    from = at + stem.length
  }
}

/**
 * The type the words point to; a match in the subject weighs twice. Nothing matched: `other`,
 * which the DPO then changes.
 */
export function suggestCaseType(subject: string, text: string): TypeSuggestion {
  const head = fold(subject)
  const body = fold(text)
  let best: { rule: Rule; score: number; matched: string[] } | null = null
  for (const rule of RULES) {
    let score = 0
    const matched: string[] = []
    for (const stem of rule.patterns) {
      const hits = 2 * count(head, stem) + count(body, stem)
      if (hits > 0) {
        score += hits
        matched.push(stem)
      }
    }
    if (score > 0 && (!best || score > best.score)) best = { rule, score, matched }
  }
  return best ? { type: best.rule.type, matched: best.matched } : { type: 'other', matched: [] }
}
