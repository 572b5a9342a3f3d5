import { get, type FieldError, type FieldValues, type UseFormReturn } from 'react-hook-form'

/**
 * A field's message once she has left the field or tried to save. A row just added to a list
 * is validated with the list at once; its empty fields say nothing until then, so nothing jumps
 * under the pointer while she types in it.
 */
export function shownError<V extends FieldValues>(
  form: UseFormReturn<V>,
  name: string
): FieldError | undefined {
  const { errors, touchedFields, isSubmitted } = form.formState
  // Nested names (`list.0.name`) too.
  const error = get(errors, name) as FieldError | undefined
  if (!error) return undefined
  return isSubmitted || get(touchedFields, name) ? error : undefined
}
