/** The SCORM 1.2 zip of a set, built in the browser; loaded only when a teacher asks for one. */
import player from 'virtual:scorm-player'
import type { Bank, Passage } from '../../domain/bank/schema.ts'
import { scormFiles } from '../../domain/interop/scorm.ts'
import { zipFiles } from '../../domain/interop/scorm-zip.ts'

/** The package's bytes and a file name for it. */
export function scormPackage(
  bank: Bank,
  passage: Passage,
): { filename: string; bytes: Uint8Array<ArrayBuffer> } {
  const slug = bank.id.split('/')[1] ?? 'set'
  return { filename: `${slug}-scorm12.zip`, bytes: zipFiles(scormFiles(player, { bank, passage })) }
}
