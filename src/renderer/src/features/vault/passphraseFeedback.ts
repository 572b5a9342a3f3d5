import {
  passphraseProblem,
  passphraseStrength,
  suggestPassphrase,
  type PassphraseProblem
} from '@core/crypto'
import type { MessageKey, Translate } from '../../lib/i18n'

/**
 * The text for a passphrase problem: for "too easy to guess", the checker's warning and
 * suggestions follow in the reader's language.
 */
export function passphraseProblemText(
  t: Translate,
  problem: PassphraseProblem,
  passphrase: string
): string {
  const lines = [t(`vault.problem.${problem}` as MessageKey)]
  if (problem === 'tooSimple') {
    const strength = passphraseStrength(passphrase)
    if (strength.warning) lines.push(t(`vault.strength.warning.${strength.warning}` as MessageKey))
    for (const suggestion of strength.suggestions)
      lines.push(t(`vault.strength.suggestion.${suggestion}` as MessageKey))
  }
  return lines.join(' ')
}

/** The first problem with a new passphrase and its text, or null. */
export function checkNewPassphrase(
  t: Translate,
  passphrase: string,
  confirmation: string
): string | null {
  const problem = passphraseProblem(passphrase, confirmation)
  return problem ? passphraseProblemText(t, problem, passphrase) : null
}

/** A diceware passphrase from the browser's cryptographic random source. */
export function newSuggestedPassphrase(): string {
  return suggestPassphrase((count) => crypto.getRandomValues(new Uint8Array(count)))
}

/** True when a passphrase the vault just opened with would not be accepted today. */
export function isWeakExistingPassphrase(passphrase: string): boolean {
  return !passphraseStrength(passphrase).isStrongEnough
}
