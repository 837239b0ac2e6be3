/** Runtime shape checks shared by graders whose responses look alike. */

/** True for an array whose every element is a string. */
export function isStringArray(r: unknown): r is string[] {
  return Array.isArray(r) && r.every((x) => typeof x === 'string')
}

/** True for a plain object whose every value is a string. */
export function isStringRecord(r: unknown): r is Record<string, string> {
  return (
    typeof r === 'object' &&
    r !== null &&
    !Array.isArray(r) &&
    Object.values(r).every((x) => typeof x === 'string')
  )
}
