/**
 * What a passphrase must be (ADR 0010): at least 12 characters and hard to guess, measured with
 * zxcvbn-ts (its common password and diceware lists, keyboard patterns, dates, repeats,
 * sequences, l33t) plus a Swedish list of words, names and calendar words
 * (`passphraseWords.sv.ts`); a score of at least 3 of 4 is required. Pure: codes only, the
 * renderer's catalog turns them into Swedish and English text.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common'
import { SWEDISH_DICTIONARY } from './passphraseWords.sv'

export const MIN_PASSPHRASE_LENGTH = 12
export const MAX_PASSPHRASE_LENGTH = 1024
/** zxcvbn score 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSPHRASE_SCORE = 3

export type PassphraseProblem = 'tooShort' | 'tooLong' | 'onlySpaces' | 'tooSimple' | 'mismatch'

/** zxcvbn-ts feedback keys (its default translations are the keys themselves). */
export const PASSPHRASE_WARNINGS = [
  'straightRow',
  'keyPattern',
  'simpleRepeat',
  'extendedRepeat',
  'sequences',
  'recentYears',
  'dates',
  'topTen',
  'topHundred',
  'common',
  'similarToCommon',
  'wordByItself',
  'namesByThemselves',
  'commonNames',
  'userInputs',
  'pwned'
] as const
export const PASSPHRASE_SUGGESTIONS = [
  'l33t',
  'reverseWords',
  'allUppercase',
  'capitalization',
  'dates',
  'recentYears',
  'associatedYears',
  'sequences',
  'repeated',
  'longerKeyboardPattern',
  'anotherWord',
  'useWords',
  'noNeed',
  'pwned'
] as const

/**
 * Our own warning on top of zxcvbn's: the only word in the passphrase is a dictionary word
 * dressed up with digits and symbols ("Sommar2024!!"), the first pattern any cracking rule set
 * tries. zxcvbn prices the decorations as random characters and scores such a passphrase 3.
 */
export const DECORATED_WORD_WARNING = 'decoratedWord'

/** Our own warning: separated words that are each common (see `wordByWordLog10`). */
export const COMMON_WORDS_WARNING = 'commonWords'

export type PassphraseWarning =
  (typeof PASSPHRASE_WARNINGS)[number] | typeof DECORATED_WORD_WARNING | typeof COMMON_WORDS_WARNING
export type PassphraseSuggestion = (typeof PASSPHRASE_SUGGESTIONS)[number]

export type PassphraseStrength = {
  /** zxcvbn's 0 (too guessable) … 4 (very unguessable). */
  score: 0 | 1 | 2 | 3 | 4
  /** Score at least 3 and not a single decorated word. */
  isStrongEnough: boolean
  /** log10 of the estimated number of guesses. */
  guessesLog10: number
  warning: PassphraseWarning | null
  suggestions: PassphraseSuggestion[]
}

let checker: ZxcvbnFactory | null = null

/** Built on first use: ranking the dictionaries takes a few tens of milliseconds. */
function zxcvbn(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: {
      'passwords-common': commonDictionary['passwords-common'],
      // Under the name zxcvbn-ts scores specially: every diceware word is one of 7 776 equally
      // likely ones, not ranked by its place in the (alphabetical) list.
      diceware: commonDictionary['diceware-common'],
      ...SWEDISH_DICTIONARY
    },
    graphs: adjacencyGraphs,
    // Off: it multiplies the time of a check by 10-50 (up to a second here) for little gain.
    useLevenshteinDistance: false
  })
  return checker
}

function isWarning(value: unknown): value is PassphraseWarning {
  return (PASSPHRASE_WARNINGS as readonly unknown[]).includes(value)
}

const LETTER = /\p{L}/u

/** zxcvbn's score thresholds, applied to a log10 of guesses. */
function scoreOf(guessesLog10: number): PassphraseStrength['score'] {
  if (guessesLog10 < 3) return 0
  if (guessesLog10 < 6) return 1
  if (guessesLog10 < 8) return 2
  if (guessesLog10 < 10) return 3
  return 4
}

const SEPARATORS = /[\s\-_.,;:+/|]+/u

/**
 * For a passphrase of separated words: the guesses of an attacker who combines words one by
 * one (the product of each word's own estimate). zxcvbn prices a separated middle word it does
 * not split as random characters, so "Mamma Pappa Barn" would score 4 on its own.
 */
function wordByWordLog10(passphrase: string, userInputs: string[]): number | null {
  const words = passphrase.split(SEPARATORS).filter((word) => word.length > 0)
  if (words.length < 2) return null
  return words.reduce((sum, word) => sum + zxcvbn().check(word, userInputs).guessesLog10, 0)
}

/** True when exactly one part of the match sequence has letters, and it is a dictionary word. */
function isDecoratedWord(sequence: readonly { pattern: string; token: string }[]): boolean {
  const withLetters = sequence.filter((match) => LETTER.test(match.token))
  return withLetters.length === 1 && withLetters[0]!.pattern === 'dictionary'
}

function isSuggestion(value: unknown): value is PassphraseSuggestion {
  return (PASSPHRASE_SUGGESTIONS as readonly unknown[]).includes(value)
}

/**
 * How hard `passphrase` is to guess. `userInputs` are words an attacker would try first for
 * this user (her name, the organisation's name).
 */
export function passphraseStrength(
  passphrase: string,
  userInputs: readonly string[] = []
): PassphraseStrength {
  // zxcvbn only looks at the first 256 characters anyway; a longer passphrase is long enough.
  const checked = passphrase.slice(0, 256)
  const result = zxcvbn().check(checked, [...userInputs])
  const wordByWord = wordByWordLog10(checked, [...userInputs])
  const guessesLog10 =
    wordByWord === null ? result.guessesLog10 : Math.min(result.guessesLog10, wordByWord)
  const isDecorated = isDecoratedWord(result.sequence)
  // A decorated word is at best "somewhat guessable" (2), whatever zxcvbn priced it at.
  const score = Math.min(
    result.score,
    scoreOf(guessesLog10),
    isDecorated ? MIN_PASSPHRASE_SCORE - 1 : 4
  ) as PassphraseStrength['score']
  const suggestions = result.feedback.suggestions.filter(isSuggestion)
  return {
    score,
    isStrongEnough: score >= MIN_PASSPHRASE_SCORE,
    guessesLog10,
    warning: isWarning(result.feedback.warning)
      ? result.feedback.warning
      : isDecorated
        ? DECORATED_WORD_WARNING
        : score < MIN_PASSPHRASE_SCORE
          ? COMMON_WORDS_WARNING
          : null,
    suggestions:
      isDecorated && !suggestions.includes('useWords') ? [...suggestions, 'useWords'] : suggestions
  }
}

/** The first problem with a new passphrase, or null when it is acceptable. */
export function passphraseProblem(
  passphrase: string,
  confirmation?: string,
  userInputs: readonly string[] = []
): PassphraseProblem | null {
  if (passphrase.trim() === '') return 'onlySpaces'
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'tooShort'
  if (passphrase.length > MAX_PASSPHRASE_LENGTH) return 'tooLong'
  if (!passphraseStrength(passphrase, userInputs).isStrongEnough) return 'tooSimple'
  if (confirmation !== undefined && confirmation !== passphrase) return 'mismatch'
  return null
}

/** Words a suggested passphrase is drawn from: the EFF long diceware list (7 776 words). */
const DICEWARE_WORDS: readonly string[] = commonDictionary['diceware-common']
export const SUGGESTED_PASSPHRASE_WORDS = 5

/**
 * A diceware-style passphrase: `words` words drawn uniformly from the 7 776-word list with the
 * given random source (the renderer passes `crypto.getRandomValues`), joined by hyphens.
 * Five words give log2(7776^5) ≈ 64.6 bits.
 */
export function suggestPassphrase(
  randomBytes: (count: number) => Uint8Array,
  words = SUGGESTED_PASSPHRASE_WORDS
): string {
  const size = DICEWARE_WORDS.length
  // Rejection sampling over 16-bit values keeps every word equally likely.
  const limit = Math.floor(0x10000 / size) * size
  const chosen: string[] = []
  while (chosen.length < words) {
    const bytes = randomBytes(2)
    const value = (bytes[0]! << 8) | bytes[1]!
    if (value >= limit) continue
    chosen.push(DICEWARE_WORDS[value % size]!)
  }
  return chosen.join('-')
}
