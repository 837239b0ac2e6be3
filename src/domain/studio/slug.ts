/** Ids a teacher never has to type: made from a title, kept unique among the ones in use. */

/**
 * `slug` cut to `max` characters at the end of a word when one ends in its second half
 * ("…-nears-record" to "…-nears", not "…-nears-reco": the id is in addresses and file names).
 */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug
  const head = slug.slice(0, max + 1)
  const end = head.lastIndexOf('-')
  return (end >= max / 2 ? head.slice(0, end) : head.slice(0, max)).replace(/-+$/, '')
}

/** `"Who said what?"` → `"who-said-what"`; accents dropped, at most 48 characters, whole words. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return cut(slug, 48)
}

/** `base` (or `fallback` when the title gives nothing), numbered until no id in `taken` has it. */
export function uniqueSlug(
  base: string,
  taken: (slug: string) => boolean,
  fallback = 'set',
): string {
  const root = slugify(base) || fallback
  if (!taken(root)) return root
  for (let n = 2; ; n++) {
    const candidate = `${cut(root, 44)}-${n}`
    if (!taken(candidate)) return candidate
  }
}

/**
 * The title of a copy: "Dates (copy)", or "Dates (copy 2)", "(copy 3)"… when a set already has it,
 * so two copies never look alike in the library, the classroom or a student's results. A copy of
 * a copy counts on from the original's title instead of adding "(copy)" twice.
 */
export function copyTitle(title: string, taken: (title: string) => boolean): string {
  const base = title.replace(/\s*\(copy(?: \d+)?\)$/, '')
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base} (copy)` : `${base} (copy ${n})`
    if (!taken(candidate)) return candidate
  }
}
