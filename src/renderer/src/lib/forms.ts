/**
 * Forms from the schemas (issue 10): react-hook-form with a zod resolver, so required fields,
 * formats and maximum lengths come from one place and show as field messages before submit.
 * A field message is a catalog key with its parameters, carried in zod's message string; the
 * field component renders it in the DPO's language. Nothing typed is lost on an error.
 */
import { zodResolver } from '@hookform/resolvers/zod'
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type UseFormReturn
} from 'react-hook-form'
import { z } from 'zod'
import { isIsoDate, type IsoDate } from '@core'
import type { MessageKey, Translate } from './i18n'

type Params = Record<string, string | number>

/** Encodes a catalog key and its parameters as a zod message. */
export function fieldMessage(key: MessageKey, params?: Params): string {
  return params ? `${key}|${JSON.stringify(params)}` : key
}

/** The text of a field message in the DPO's language (or null for none). */
export function fieldMessageText(t: Translate, message: string | undefined): string | null {
  if (!message) return null
  const bar = message.indexOf('|')
  const key = (bar < 0 ? message : message.slice(0, bar)) as MessageKey
  const params = bar < 0 ? undefined : (JSON.parse(message.slice(bar + 1)) as Params)
  return t(key, params)
}

/** A required text of at most `max` characters (trimmed). */
export function requiredText(max: number) {
  return z
    .string()
    .trim()
    .min(1, fieldMessage('form.required'))
    .max(max, fieldMessage('form.tooLong', { max }))
}

/** An optional text of at most `max` characters (trimmed; empty is fine). */
export function optionalText(max: number) {
  return z.string().trim().max(max, fieldMessage('form.tooLong', { max }))
}

/**
 * A calendar date as the date input gives it (YYYY-MM-DD), a real day, optionally within
 * `notBefore` … `notAfter` (e.g. not in the future).
 */
export function dateText(options: { required: boolean; notBefore?: IsoDate; notAfter?: IsoDate }) {
  const date = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, fieldMessage('form.date'))
    .refine((value) => isIsoDate(value), fieldMessage('form.date'))
    .refine(
      (value) => !options.notAfter || value <= options.notAfter,
      fieldMessage('form.dateNotAfter', { date: options.notAfter ?? '' })
    )
    .refine(
      (value) => !options.notBefore || value >= options.notBefore,
      fieldMessage('form.dateNotBefore', { date: options.notBefore ?? '' })
    )
  if (options.required) return z.string().min(1, fieldMessage('form.required')).pipe(date)
  return z.union([z.literal(''), date])
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** An e-mail address of at most `max` characters (trimmed; optional ones may be empty). */
export function emailText(max: number, options: { required: boolean }) {
  const email = z
    .string()
    .trim()
    .max(max, fieldMessage('form.tooLong', { max }))
    .refine((value) => value === '' || EMAIL.test(value), fieldMessage('form.email'))
  if (!options.required) return email
  return z.string().trim().min(1, fieldMessage('form.required')).pipe(email)
}

/** A number as typed (a decimal comma is fine), or NaN. */
export function parseDecimal(text: string): number {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.')
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN
}

/** A number from `min` to `max` as typed (decimal comma or point). */
export function decimalText(options: { min: number; max: number; required?: boolean }) {
  const inRange = z.string().refine(
    (value) => {
      const number = parseDecimal(value)
      return number >= options.min && number <= options.max
    },
    fieldMessage('form.numberRange', { min: options.min, max: options.max })
  )
  if (options.required === false) return z.union([z.literal(''), inRange])
  return z.string().trim().min(1, fieldMessage('form.required')).pipe(inRange)
}

/** A whole number from `min` to `max` as typed. */
export function integerText(options: { min: number; max: number }) {
  return z
    .string()
    .trim()
    .min(1, fieldMessage('form.required'))
    .refine(
      (value) =>
        /^\d+$/.test(value) && Number(value) >= options.min && Number(value) <= options.max,
      fieldMessage('form.integerRange', { min: options.min, max: options.max })
    )
}

/** The non-empty lines of a text, trimmed. */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
}

/** A list typed one item a line: at most `maxLines` lines of at most `maxLength` characters. */
export function linesText(options: { maxLines: number; maxLength: number }) {
  return z
    .string()
    .refine(
      (value) => splitLines(value).every((line) => line.length <= options.maxLength),
      fieldMessage('form.lineTooLong', { max: options.maxLength })
    )
    .refine(
      (value) => splitLines(value).length <= options.maxLines,
      fieldMessage('form.tooManyLines', { count: options.maxLines })
    )
}

/** Room for `maxLines` lines of `maxLength` characters (for the textarea's maxLength). */
export function linesMaxLength(options: { maxLines: number; maxLength: number }): number {
  return options.maxLines * (options.maxLength + 1)
}

/** The maximum length a zod string schema allows (for `maxLength` on its input). */
export function maxLengthOf(schema: z.ZodType): number | undefined {
  const value = (schema as unknown as { maxLength?: number | null }).maxLength
  return typeof value === 'number' ? value : undefined
}

/** The range a zod number schema allows. */
export function rangeOf(schema: z.ZodType): { min: number; max: number } {
  const { minValue, maxValue } = schema as unknown as {
    minValue?: number | null
    maxValue?: number | null
  }
  if (typeof minValue !== 'number' || typeof maxValue !== 'number')
    throw new Error('rangeOf needs a number schema with a minimum and a maximum')
  return { min: minValue, max: maxValue }
}

/**
 * useForm with the schema's resolver. Validation runs when a field is left and then on every
 * change, so a message shows before submit and goes away as soon as the value is right.
 */
export function useZodForm<Values extends FieldValues>(
  schema: z.ZodType<Values>,
  defaultValues: DefaultValues<Values>
): UseFormReturn<Values> {
  return useForm<Values>({
    resolver: zodResolver(schema as never) as unknown as Resolver<Values>,
    defaultValues,
    mode: 'onTouched',
    reValidateMode: 'onChange'
  })
}
