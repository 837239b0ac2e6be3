/**
 * The shipped banks, checked when the app is built: every file under `questions/` goes through the
 * same domain loader as `npm run validate`, and the browser receives the result as plain data
 * (`virtual:passage-banks`): a small catalog with the first page, each set's questions and each
 * article's text as its own lazy chunk. A problem fails `vite build` with `file:line:col`; the dev
 * server shows it in its error overlay and lists it under "Could not load", keeping the others.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { catalogOf, type Catalog } from '../src/domain/bank/catalog.ts'
import { formatIssue, type BankIssue } from '../src/domain/bank/issues.ts'
import { loadLibrary, type Library, type SourceFile } from '../src/domain/bank/library.ts'

const ID = 'virtual:passage-banks'
const BANK = `${ID}/bank/`
const PASSAGE = `${ID}/passage/`

/** Every `.json` file under the folder `base` as `questions/…` paths; links leaving it are refused. */
export function readQuestionFiles(base: string): { files: SourceFile[]; issues: BankIssue[] } {
  const files: SourceFile[] = []
  const issues: BankIssue[] = []
  const inside = (path: string) => path === base || path.startsWith(base + sep)
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name)
      const file = `questions/${relative(base, full).split(sep).join('/')}`
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        let target: string | undefined
        try {
          target = realpathSync(full)
        } catch {
          target = undefined
        }
        if (!target || !inside(target)) {
          const message = target
            ? 'is a link to a file outside questions/, which is never bundled: copy the file in'
            : 'is a link to nothing'
          issues.push({ file, line: 1, column: 1, path: '(file)', message })
          continue
        }
        isDir = lstatSync(target).isDirectory()
        isFile = !isDir
      }
      if (isDir) walk(full)
      else if (isFile && entry.name.endsWith('.json'))
        files.push({ file, text: readFileSync(full, 'utf8') })
    }
  }
  walk(base)
  files.sort((a, b) => a.file.localeCompare(b.file))
  return { files, issues }
}

/** JSON as a JS expression that parses fast and is safe inside an inline <script>. */
function jsonModuleValue(value: unknown): string {
  return `JSON.parse(${JSON.stringify(JSON.stringify(value)).replace(/</g, '\\u003c')})`
}

/** A few lines of `text` around `line`, with a caret under `column`, for the error overlay. */
function codeFrame(text: string, line: number, column: number): string {
  const lines = text.split(/\r?\n/)
  const out: string[] = []
  for (let n = Math.max(1, line - 2); n <= Math.min(lines.length, line + 2); n++) {
    out.push(`${String(n).padStart(4)} | ${lines[n - 1]}`)
    if (n === line) out.push(`     | ${' '.repeat(Math.max(0, column - 1))}^`)
  }
  return out.join('\n')
}

interface Shipped {
  library: Library
  catalog: Catalog
  issues: BankIssue[]
  texts: Map<string, string>
}

function check(questions: string): Shipped {
  const { files, issues: linkIssues } = readQuestionFiles(questions)
  const library = loadLibrary(files)
  const catalog = catalogOf(library)
  catalog.failures = [
    ...linkIssues.map((issue) => ({ file: issue.file, kind: 'bank' as const, issues: [issue] })),
    ...catalog.failures,
  ]
  const issues = catalog.failures.flatMap((f) => f.issues)
  return { library, catalog, issues, texts: new Map(files.map((f) => [f.file, f.text])) }
}

function problemsText(issues: readonly BankIssue[]): string {
  const n = issues.length
  return `${n} ${n === 1 ? 'problem' : 'problems'} in the question banks (npm run validate lists them too):\n${issues.map(formatIssue).join('\n')}`
}

/**
 * The Vite plugin. The banks are `questions/` in the project, or the folder `questions` names
 * (the browser tests build a set of hostile banks that way).
 */
export function passageBanks(options: { questions?: string } = {}): Plugin {
  let root = process.cwd()
  let serving = false
  let shipped: Shipped | undefined
  const folder = () => resolve(root, options.questions ?? 'questions')
  const current = () => (shipped ??= check(folder()))
  const fileOf = (file: string) => join(folder(), file.replace(/^questions\//, ''))

  function overlayError(issues: readonly BankIssue[]) {
    const first = issues[0]!
    const text = current().texts.get(first.file) ?? ''
    return {
      message: problemsText(issues),
      stack: '',
      plugin: 'passage-banks',
      id: fileOf(first.file),
      loc: { file: fileOf(first.file), line: first.line, column: first.column },
      frame: codeFrame(text, first.line, first.column),
    }
  }

  function watch(server: ViteDevServer) {
    const questions = folder() + sep
    const onChange = (path: string) => {
      if (!resolve(path).startsWith(questions)) return
      shipped = undefined
      for (const environment of Object.values(server.environments)) {
        const graph = environment.moduleGraph
        for (const id of graph.idToModuleMap.keys()) {
          if (id.startsWith(`\0${ID}`)) {
            const module = graph.getModuleById(id)
            if (module) graph.invalidateModule(module)
          }
        }
      }
      server.ws.send({ type: 'full-reload' })
    }
    server.watcher.add(questions)
    server.watcher.on('change', onChange)
    server.watcher.on('add', onChange)
    server.watcher.on('unlink', onChange)
    // A page that connects while a bank is broken gets the overlay (dismiss it: the other sets work).
    server.ws.on('connection', () => {
      const { issues } = current()
      if (issues.length) server.ws.send({ type: 'error', err: overlayError(issues) })
    })
  }

  return {
    name: 'passage-banks',
    configResolved(config) {
      root = config.root
      serving = config.command === 'serve'
    },
    configureServer: watch,
    resolveId(id) {
      return id === ID || id.startsWith(`${ID}/`) ? `\0${id}` : undefined
    },
    load(id) {
      if (!id.startsWith(`\0${ID}`)) return undefined
      const { library, catalog, issues, texts } = current()
      for (const file of texts.keys()) this.addWatchFile(fileOf(file))
      if (issues.length && !serving) {
        const first = issues[0]!
        this.error({
          message: problemsText(issues),
          id: fileOf(first.file),
          loc: { file: fileOf(first.file), line: first.line, column: first.column },
        })
      }
      const name = id.slice(1)
      if (name === ID) {
        const loaders = (prefix: string, ids: readonly string[]) =>
          `{${ids.map((i) => `${JSON.stringify(i)}: () => import(${JSON.stringify(prefix + i)})`).join(',')}}`
        return [
          `export const catalog = ${jsonModuleValue(catalog)}`,
          `export const banks = ${loaders(
            BANK,
            library.banks.map((b) => b.bank.id),
          )}`,
          `export const passages = ${loaders(PASSAGE, Object.keys(library.passages))}`,
        ].join('\n')
      }
      if (name.startsWith(BANK)) {
        const bank = library.banks.find((b) => b.bank.id === name.slice(BANK.length))?.bank
        return bank ? `export default ${jsonModuleValue(bank)}` : undefined
      }
      if (name.startsWith(PASSAGE)) {
        const passage = library.passages[name.slice(PASSAGE.length)]
        return passage ? `export default ${jsonModuleValue(passage)}` : undefined
      }
      return undefined
    },
  }
}
