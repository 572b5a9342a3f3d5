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

/** A calendar date as the date input gives it (YYYY-MM-DD). */
export function dateText(options: { required: boolean }) {
  const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, fieldMessage('form.date'))
  return options.required ? date : z.union([z.literal(''), date])
}

/** The maximum length a zod string schema allows (for `maxLength` on its input). */
export function maxLengthOf(schema: z.ZodType): number | undefined {
  const value = (schema as unknown as { maxLength?: number | null }).maxLength
  return typeof value === 'number' ? value : undefined
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
