import type { ReactNode } from 'react'

/** A checkbox with its label; the whole label is the click target. */
export function Checkbox(props: {
  checked: boolean
  onChange: (checked: boolean) => void
  children: ReactNode
  className?: string
  testId?: string
}) {
  return (
    <label className={props.className}>
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        data-testid={props.testId}
      />{' '}
      {props.children}
    </label>
  )
}

/** One choice among a few, as radio buttons grouped under a legend for screen readers. */
export function RadioGroup<T extends string>(props: {
  legend: string
  name: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
  className?: string
}) {
  return (
    <fieldset className={props.className ?? 'choice'}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={props.name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}
