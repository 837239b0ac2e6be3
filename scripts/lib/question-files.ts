/**
 * Finding and reading bank files on disk, for `npm run validate` and the build. A questions/ tree
 * is untrusted like any other input: a link may point anywhere (/etc/passwd, a folder above the
 * repository, nowhere), a folder may be named like a file, a file may not be UTF-8 or not be a
 * file at all. Each case becomes a problem reported against the path, never a stack trace, and
 * no link is followed out of the folder being checked.
 */
import { lstatSync, readFileSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { BankIssue } from '../../src/domain/bank/issues.ts'
import { decodeUtf8 } from '../../src/domain/text/utf8.ts'

/** Files larger than this are refused unread: a bank of 100 000 questions is about 21 MB. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024

const EMPTY_FOLDER = 'is a folder with no .json files in it: name a bank file or a folder of them'

/** A problem with a path itself rather than with what is in it. */
export function fileIssue(file: string, message: string, line = 1, column = 1): BankIssue {
  return { file, line, column, path: '(file)', message }
}

/** `path` as the teacher typed it or sees it: relative to the working folder, with "/". */
export function display(path: string): string {
  return relative(process.cwd(), resolve(path)).split(sep).join('/')
}

/** Whether `path` is `folder` or inside it (both real, absolute paths). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/** The real path of `path`, or undefined when it (or what it links to) does not exist. */
function real(path: string): string | undefined {
  try {
    return realpathSync(path)
  } catch {
    return undefined
  }
}

/**
 * Why the link at `path` must not be followed, or undefined when it may: it leads nowhere, or out
 * of `folder` (a real path). `name` is how the folder is called in the message.
 */
export function linkProblem(path: string, folder: string, name: string): string | undefined {
  let target: string | undefined
  try {
    target = readlinkSync(path)
  } catch {
    // Not a link itself: a folder on its way is.
  }
  const resolved = real(path)
  const what =
    target === undefined
      ? `is reached through a link: it is ${resolved ?? '?'}`
      : `is a link to ${target}`
  if (resolved === undefined) return `${what}, which does not exist: remove the link`
  if (!isInside(resolved, folder)) {
    return `${what}, outside ${name}: Passage follows no link that leaves ${name} (copy the file in instead)`
  }
  return undefined
}

export interface Found {
  /** Paths of the .json files to check, in a stable order. */
  files: string[]
  /** Paths that could not be followed or are not files, one problem each. */
  problems: BankIssue[]
  /** Targets that do not exist at all. */
  missing: string[]
}

/** The folder links must stay in when checking `target`: questions/ for anything in it. */
function boundary(target: string, questions: string): { folder: string; name: string } {
  const root = real(questions)
  const inQuestions = isInside(resolve(target), resolve(questions))
  if (root !== undefined && inQuestions) return { folder: root, name: `${display(questions)}/` }
  return { folder: real(target) ?? resolve(target), name: `${display(target) || '.'}/` }
}

/**
 * The .json files under `targets` (files or folders). Folders are walked in name order; links are
 * followed only while they stay inside `questions` (for anything in it) or the folder being
 * walked, and each real folder is walked once, so a link back up the tree cannot loop. A folder
 * whose name ends in .json is a folder.
 */
export function findQuestionFiles(targets: readonly string[], questions = 'questions'): Found {
  const found: Found = { files: [], problems: [], missing: [] }
  for (const target of targets) {
    try {
      lstatSync(target)
    } catch {
      found.missing.push(target)
      continue
    }
    const { folder, name } = boundary(target, questions)
    const resolved = real(target)
    if (resolved === undefined || !isInside(resolved, folder)) {
      found.problems.push(
        fileIssue(display(target), linkProblem(target, folder, name) ?? 'is a broken link'),
      )
      continue
    }
    if (statSync(target).isDirectory()) {
      const before = found.files.length + found.problems.length
      walk(target, folder, name, new Set([resolved]), found)
      if (found.files.length + found.problems.length === before) {
        found.problems.push(fileIssue(display(target) || '.', EMPTY_FOLDER))
      }
      continue
    }
    found.files.push(target)
  }
  return found
}

function walk(folder: string, root: string, name: string, seen: Set<string>, found: Found): void {
  let entries
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )
  } catch (e) {
    found.problems.push(fileIssue(display(folder), `could not be read (${(e as Error).message})`))
    return
  }
  for (const entry of entries) {
    const path = join(folder, entry.name)
    const json = entry.name.endsWith('.json')
    if (entry.isSymbolicLink()) {
      const problem = linkProblem(path, root, name)
      if (problem) {
        // A link that leads nowhere or outside is reported when it could be a bank or a folder of them.
        found.problems.push(fileIssue(display(path), problem))
        continue
      }
    }
    let stat
    try {
      stat = statSync(path)
    } catch (e) {
      found.problems.push(fileIssue(display(path), `could not be read (${(e as Error).message})`))
      continue
    }
    if (stat.isDirectory()) {
      const realFolder = real(path) as string
      if (seen.has(realFolder)) continue
      seen.add(realFolder)
      const before = found.files.length + found.problems.length
      walk(path, root, name, seen, found)
      // Named like a bank but holding none: most likely a mistake, and "0 files valid" hides it.
      if (json && found.files.length + found.problems.length === before) {
        found.problems.push(fileIssue(display(path), EMPTY_FOLDER))
      }
    } else if (json) {
      found.files.push(path)
    }
  }
}

/** The text of a bank file, or the problem that keeps it from being read. */
export function readQuestionFile(
  path: string,
  file: string = display(path),
): { ok: true; text: string } | { ok: false; issue: BankIssue } {
  let bytes: Buffer
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) return { ok: false, issue: fileIssue(file, 'is a folder, not a file') }
    if (!stat.isFile()) {
      return {
        ok: false,
        issue: fileIssue(file, 'is not a regular file (a device, socket or pipe)'),
      }
    }
    if (stat.size > MAX_FILE_BYTES) {
      const mb = Math.round(stat.size / 1024 / 1024)
      return {
        ok: false,
        issue: fileIssue(
          file,
          `is ${mb} MB: a bank file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
        ),
      }
    }
    bytes = readFileSync(path)
  } catch (e) {
    return { ok: false, issue: fileIssue(file, `could not be read (${(e as Error).message})`) }
  }
  const decoded = decodeUtf8(bytes)
  if (decoded.ok) return { ok: true, text: decoded.text }
  const hex = decoded.byte.toString(16).toUpperCase().padStart(2, '0')
  return {
    ok: false,
    issue: fileIssue(
      file,
      `byte 0x${hex} is not UTF-8: save the file as UTF-8 (the editor's "Save with Encoding")`,
      decoded.line,
      decoded.column,
    ),
  }
}
