import type { SourceFile } from '../domain/bank/index.ts'

// The one loader of shipped banks: every JSON file under questions/, bundled at build time as
// text so the same domain code validates it (with line numbers) in the app and in the CLI. The
// SCORM player is built without it (see scripts/scorm-player.ts): it carries its one set itself.
const shipped = import.meta.glob<string>('../../questions/**/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** The shipped bank files as `questions/…` paths with their text. */
export function shippedFiles(): SourceFile[] {
  return Object.entries(shipped).map(([path, text]) => ({
    file: path.replace(/^(\.\.\/)+/, ''),
    text,
  }))
}
