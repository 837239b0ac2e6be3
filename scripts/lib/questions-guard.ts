/**
 * A Vite plugin that stops the build before a bank file it must not bundle: a link out of
 * questions/ (which would publish, say, /etc/passwd inside the app's JavaScript), a link to
 * nothing, something that is not a regular file (a pipe would hang the build), or bytes that are
 * not UTF-8. `npm run validate` reports the same paths with the same words.
 */
import { dirname, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { display, findQuestionFiles, isInside, readQuestionFile } from './question-files.ts'

/** What keeps the file at `path` from being bundled, or undefined when nothing does. */
function problemWith(path: string, questions: string): string | undefined {
  const found = findQuestionFiles([path], questions)
  const issue = found.problems[0]
  if (issue) return issue.message
  if (found.missing.length > 0) return 'no such file'
  const read = readQuestionFile(path)
  return read.ok ? undefined : read.issue.message
}

/** Guards every import of a file under `questions` (a folder path, relative to the project). */
export function questionsGuard(questions = 'questions'): Plugin {
  const folder = resolve(questions)
  return {
    name: 'passage:questions-guard',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null
      const path = resolve(dirname(importer), source.replace(/[?#].*$/, ''))
      if (!isInside(path, folder)) return null
      const message = problemWith(path, questions)
      if (message !== undefined) {
        this.error(`${display(path)}: ${message}. It is not bundled: fix it, then build again.`)
      }
      return null
    },
  }
}
