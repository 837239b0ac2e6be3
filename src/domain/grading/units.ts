/**
 * A number with its unit as a reader writes it: a bank gives the unit once, as it reads with most
 * numbers ("days", "km"), and one of a counted thing is singular ("1 day", "1 century"). Only an
 * English plural made with -s or -ies is changed; anything else ("km", "people", "mph", "%") is
 * written as the bank has it.
 */
export function withUnit(amount: string, unit: string | undefined): string {
  if (!unit) return amount
  return `${amount} ${isOne(amount) ? singular(unit) : unit}`
}

/**
 * "1", "-1", "1.0", "+1,00": one, however it is typed. A comma with three digits after it is a
 * thousands separator ("1,000"), not a decimal one.
 */
const isOne = (amount: string): boolean => /^[+-]?1(?:\.0+|,0{1,2})?$/.test(amount.trim())

function singular(unit: string): string {
  if (!/^[A-Za-z]+s$/.test(unit) || /(?:ss|us|is)$/i.test(unit)) return unit
  return /[^aeiou]ies$/i.test(unit) ? `${unit.slice(0, -3)}y` : unit.slice(0, -1)
}

/**
 * The typed text without the question's unit after its number ("7 years", "7years", "1 year",
 * "50 %"): the unit is printed beside the box, and a student who types it as well has answered.
 * Only the question's own unit (or its singular), in any case, is taken off; anything else stays
 * and is refused as "not a number".
 */
export function withoutUnit(text: string, unit: string | undefined): string {
  if (!unit) return text
  const typed = text.trim()
  for (const u of new Set([unit, singular(unit)])) {
    if (typed.length <= u.length || typed.slice(-u.length).toLowerCase() !== u.toLowerCase())
      continue
    const number = typed.slice(0, -u.length).trimEnd()
    if (/\d$/u.test(number)) return number
  }
  return text
}
