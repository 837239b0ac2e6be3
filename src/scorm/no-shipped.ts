import type { SourceFile } from '../domain/bank/index.ts'

/** The SCORM player carries its one set in the page; it bundles none of the shipped banks. */
export function shippedFiles(): SourceFile[] {
  return []
}
