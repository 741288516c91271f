/**
 * Turns what a person types into a safe FTS5 query: every word becomes a quoted prefix term
 * ("cart"*), so punctuation and FTS operators in the input are just text, and "tip" finds
 * "tipped". Words are ANDed. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string, mode: 'all' | 'any' = 'all'): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12)
  if (words.length === 0) return null
  return words.map((w) => `"${w}"*`).join(mode === 'all' ? ' ' : ' OR ')
}
