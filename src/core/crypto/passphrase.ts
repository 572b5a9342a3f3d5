/** What a passphrase must be: long rather than complicated (NIST SP 800-63B). */
export const MIN_PASSPHRASE_LENGTH = 12
export const MAX_PASSPHRASE_LENGTH = 1024

export type PassphraseProblem = 'tooShort' | 'tooLong' | 'onlySpaces' | 'tooSimple' | 'mismatch'

const TOO_SIMPLE =
  /^(.)\1+$|^(0123456789|1234567890|abcdefghijkl|qwertyuiopå|lösenord|losenord|password)/i

/** The first problem with a new passphrase, or null when it is acceptable. */
export function passphraseProblem(
  passphrase: string,
  confirmation?: string
): PassphraseProblem | null {
  if (passphrase.trim() === '') return 'onlySpaces'
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'tooShort'
  if (passphrase.length > MAX_PASSPHRASE_LENGTH) return 'tooLong'
  if (TOO_SIMPLE.test(passphrase)) return 'tooSimple'
  if (confirmation !== undefined && confirmation !== passphrase) return 'mismatch'
  return null
}
