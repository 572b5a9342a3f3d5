/**
 * Message formatting for the catalog, and the one place dates and times are formatted.
 *
 * Messages use a small subset of ICU MessageFormat:
 * - `{name}` inserts a parameter (unknown ones stay visible rather than vanish);
 * - `{count, plural, =0 {…} one {# dag} other {# dagar}}` picks a form with
 *   `Intl.PluralRules` for the language (`#` is the number; `=N` matches exactly first);
 * - `{value, select, a {…} b {…} other {…}}` picks by a string value (booleans read as
 *   "true"/"false").
 * Sub-messages may nest and use `{name}` themselves.
 */
export type Language = 'sv' | 'en'
export type FormatParams = Readonly<Record<string, string | number | boolean | null | undefined>>

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'arg'; name: string }
  | { kind: 'pound' }
  | { kind: 'plural' | 'select'; name: string; options: Map<string, Node[]> }

const parsed = new Map<string, Node[]>()

function parse(template: string): Node[] {
  const cached = parsed.get(template)
  if (cached) return cached
  let index = 0
  const fail = (why: string): never => {
    throw new Error(`Bad message "${template}": ${why} at ${index}`)
  }
  const parseNodes = (inPlural: boolean, nested: boolean): Node[] => {
    const nodes: Node[] = []
    let text = ''
    const flush = () => {
      if (text) nodes.push({ kind: 'text', text })
      text = ''
    }
    while (index < template.length) {
      const char = template[index]!
      if (char === '}') {
        if (!nested) fail('unexpected }')
        break
      }
      if (char === '#' && inPlural) {
        flush()
        nodes.push({ kind: 'pound' })
        index++
        continue
      }
      if (char !== '{') {
        text += char
        index++
        continue
      }
      flush()
      index++
      const close = template.slice(index).search(/[,}]/)
      if (close < 0) fail('unclosed {')
      const name = template.slice(index, index + close).trim()
      index += close
      if (template[index] === '}') {
        index++
        nodes.push({ kind: 'arg', name })
        continue
      }
      // "{name, plural|select, key {…} key {…}}"
      index++
      const typeEnd = template.indexOf(',', index)
      if (typeEnd < 0) fail('missing , after the argument type')
      const type = template.slice(index, typeEnd).trim()
      if (type !== 'plural' && type !== 'select') fail(`unknown type ${type}`)
      index = typeEnd + 1
      const options = new Map<string, Node[]>()
      for (;;) {
        while (/\s/.test(template[index] ?? '')) index++
        if (template[index] === '}') {
          index++
          break
        }
        const open = template.indexOf('{', index)
        if (open < 0) fail('missing {')
        const key = template.slice(index, open).trim()
        if (!key) fail('empty option key')
        index = open + 1
        options.set(key, parseNodes(type === 'plural' || inPlural, true))
        if (template[index] !== '}') fail('unclosed option')
        index++
      }
      if (!options.has('other')) fail(`${name} has no "other" option`)
      nodes.push({ kind: type as 'plural' | 'select', name, options })
    }
    flush()
    return nodes
  }
  const nodes = parseNodes(false, false)
  if (index < template.length) fail('trailing }')
  parsed.set(template, nodes)
  return nodes
}

const pluralRules = new Map<Language, Intl.PluralRules>()
function pluralCategory(language: Language, value: number): string {
  let rules = pluralRules.get(language)
  if (!rules) {
    rules = new Intl.PluralRules(language === 'sv' ? 'sv-SE' : 'en-GB')
    pluralRules.set(language, rules)
  }
  return rules.select(value)
}

function render(
  nodes: Node[],
  params: FormatParams | undefined,
  language: Language,
  pound: string
): string {
  let out = ''
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        out += node.text
        break
      case 'pound':
        out += pound
        break
      case 'arg': {
        const value = params?.[node.name]
        out += value === undefined || value === null ? `{${node.name}}` : String(value)
        break
      }
      case 'plural': {
        const value = Number(params?.[node.name])
        const option =
          node.options.get(`=${value}`) ??
          node.options.get(Number.isFinite(value) ? pluralCategory(language, value) : 'other') ??
          node.options.get('other')!
        out += render(option, params, language, formatNumber(value, language))
        break
      }
      case 'select': {
        const value = String(params?.[node.name])
        out += render(
          node.options.get(value) ?? node.options.get('other')!,
          params,
          language,
          pound
        )
        break
      }
    }
  }
  return out
}

/** Fills a catalog message (see the module comment). */
export function formatMessage(
  template: string,
  params?: FormatParams,
  language: Language = 'sv'
): string {
  return render(parse(template), params, language, '#')
}

/** Every argument a message uses, sorted: the same in both languages of a key. */
export function messageArguments(template: string): string[] {
  const names = new Set<string>()
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (node.kind === 'arg') names.add(node.name)
      if (node.kind === 'plural' || node.kind === 'select') {
        names.add(node.name)
        for (const option of node.options.values()) walk(option)
      }
    }
  }
  walk(parse(template))
  return [...names].sort()
}

/** Made once per language: creating an Intl.NumberFormat costs far more than using it. */
const numberFormats = new Map<Language, Intl.NumberFormat>()

function formatNumber(value: number, language: Language): string {
  if (!Number.isFinite(value)) return String(value)
  let format = numberFormats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB')
    numberFormats.set(language, format)
  }
  return format.format(value)
}

/** Options for tests; the app always shows the computer's own time zone. */
export type TimeOptions = { timeZone?: string }

/**
 * An instant (ISO 8601 UTC) as local date and time, "2026-03-05 08:43", in the computer's time
 * zone. Both languages use the ISO order the rest of the app uses for dates.
 */
export function formatDateTime(instant: string, options: TimeOptions = {}): string {
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return instant
  const parts = dateTimeFormat(options.timeZone).formatToParts(date)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`
}

/**
 * Intl formatters, made once each (per language, per time zone): creating one costs far more
 * than using it, and a case page or the audit log formats hundreds of values.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>()

function memoised<T extends Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined
  if (!format) formatters.set(key, (format = make()))
  return format
}

function dateTimeFormat(timeZone: string | undefined): Intl.DateTimeFormat {
  // Without a zone: the computer's, as it was when the formatter was made (at first use).
  return memoised(
    `datetime|${timeZone ?? 'local'}`,
    () =>
      new Intl.DateTimeFormat('sv-SE', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        ...(timeZone ? { timeZone } : {})
      })
  )
}

/** The local calendar day of an instant, "2026-03-05" (not the UTC day). */
export function formatInstantDate(instant: string, options: TimeOptions = {}): string {
  return formatDateTime(instant, options).slice(0, 10)
}

/**
 * A calendar date (`YYYY-MM-DD`, no time zone) as it is shown: unchanged, so it never moves
 * with the time zone. One place, so that the choice stays the same everywhere.
 */
export function formatDate(date: string): string {
  return date
}

/** "torsdag 2026-03-05" / "Thursday 2026-03-05": the weekday of a calendar date and the date. */
export function formatDayAndDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number)
  if (!year || !month || !day) return date
  const weekday = memoised(
    `weekday|${language}`,
    () =>
      new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
        weekday: 'long',
        timeZone: 'UTC'
      })
  ).format(new Date(Date.UTC(year, month - 1, day)))
  return `${weekday} ${formatDate(date)}`
}

/** "A, B och C" / "A, B and C". */
export function formatList(items: readonly string[], language: Language): string {
  return memoised(
    `list|${language}`,
    () =>
      new Intl.ListFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
        style: 'long',
        type: 'conjunction'
      })
  ).format(items)
}
