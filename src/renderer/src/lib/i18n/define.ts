/**
 * Each feature keeps its texts next to its code (`features/<feature>/messages.ts`), so features
 * can be worked on without touching one shared file. Swedish comes first and defines the keys;
 * the compiler makes the English set have exactly the same keys.
 */
export type MessageSet<K extends string> = { sv: Record<K, string>; en: Record<K, string> }

export function defineMessages<const K extends string>(
  sv: Record<K, string>,
  en: Record<NoInfer<K>, string>
): MessageSet<K> {
  return { sv, en }
}
