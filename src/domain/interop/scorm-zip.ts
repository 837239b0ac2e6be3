/** The SCORM package as zip bytes (fflate, deflate at level 9), files in a fixed order. */
import { strToU8, zipSync } from 'fflate'

/** A zip of `files` (name → text); the manifest sits at the root, where an LMS looks for it. */
export function zipFiles(files: Readonly<Record<string, string>>): Uint8Array<ArrayBuffer> {
  const entries = Object.fromEntries(
    Object.keys(files)
      .sort()
      .map((name) => [name, strToU8(files[name] as string)]),
  )
  // A fixed date keeps the same set's package byte for byte the same.
  return zipSync(entries, {
    level: 9,
    mtime: new Date(Date.UTC(2020, 0, 1)),
  })
}
