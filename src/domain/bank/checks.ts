/**
 * Checks that a schema cannot express: answers must be among the choices, nothing is listed
 * twice, a short answer's [optional] parts are well formed, and every evidence quote really is in
 * the passage, so each answer is provable from the text.
 */
import { quoted, quotedList } from '../text/clip.ts'
import type { JsonPath } from './issues.ts'
import { acceptedForms } from '../grading/accepted.ts'
import { evidenceQuotes } from './evidence.ts'
import type { Bank, Passage, Question } from './schema.ts'

export interface Problem {
  path: JsonPath
  message: string
}

/** Collapses runs of whitespace so line wrapping in a file never breaks an evidence match. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The passage as one searchable string, paragraphs separated by a space. */
export function passageText(passage: Passage): string {
  return normalizeSpace(passage.paragraphs.join(' '))
}

function duplicates<T>(
  values: readonly T[],
  key: (v: T) => string,
): { index: number; value: string }[] {
  const seen = new Set<string>()
  const out: { index: number; value: string }[] = []
  values.forEach((v, index) => {
    const k = key(v)
    if (seen.has(k)) out.push({ index, value: k })
    seen.add(k)
  })
  return out
}

function checkEvidence(evidence: string, text: string, passageId: string): string | null {
  const wanted = normalizeSpace(evidence)
  if (text.includes(wanted)) return null
  // Find how far the quote matches so the teacher sees where it departs from the article.
  let lo = 0
  let hi = wanted.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (text.includes(wanted.slice(0, mid))) lo = mid
    else hi = mid - 1
  }
  const base = `is not a verbatim quote from passage ${quoted(passageId)}: copy the sentence exactly as it appears in passage.json`
  if (lo < 12) return base
  const tail = wanted.slice(Math.max(0, lo - 30), lo)
  return `${base} (it matches up to "…${tail}" and then differs)`
}

function checkQuestion(q: Question, at: JsonPath, text: string, passageId: string): Problem[] {
  const problems: Problem[] = []
  const add = (path: JsonPath, message: string) =>
    problems.push({ path: [...at, ...path], message })

  const quotes = evidenceQuotes(q)
  quotes.forEach((quote, i) => {
    const problem = checkEvidence(quote, text, passageId)
    if (problem) add(typeof q.evidence === 'string' ? ['evidence'] : ['evidence', i], problem)
  })
  for (const d of duplicates(quotes, normalizeSpace))
    add(['evidence', d.index], `${quoted(d.value)} is quoted twice: keep one`)

  switch (q.type) {
    case 'single':
    case 'multiple': {
      for (const d of duplicates(q.choices, (c) => c))
        add(['choices', d.index], `${quoted(d.value)} is listed twice: choices must differ`)
      const answers = q.type === 'single' ? [q.answer] : q.answers
      const choices = new Set(q.choices)
      answers.forEach((a, i) => {
        if (!choices.has(a))
          add(
            q.type === 'single' ? ['answer'] : ['answers', i],
            `${quoted(a)} is not one of the choices (${quotedList(q.choices)})`,
          )
      })
      if (q.type === 'multiple')
        for (const d of duplicates(q.answers, (a) => a))
          add(['answers', d.index], `${quoted(d.value)} is listed twice`)
      break
    }
    case 'ordering':
      for (const d of duplicates(q.items, (i) => i))
        add(['items', d.index], `${quoted(d.value)} is listed twice: items must differ`)
      break
    case 'matching':
      for (const d of duplicates(q.pairs, (p) => p.left))
        add(
          ['pairs', d.index, 'left'],
          `${quoted(d.value)} appears twice on the left: each left side needs its own pair`,
        )
      if (new Set(q.pairs.map((p) => p.right)).size < 2)
        add(['pairs'], 'every pair has the same right side: give at least two different ones')
      break
    case 'short':
      q.accepted.forEach((a, i) => {
        const forms = acceptedForms(a)
        if (!forms.ok) add(['accepted', i], `${JSON.stringify(a)} ${forms.problem}`)
      })
      for (const d of duplicates(q.accepted, (a) => a))
        add(['accepted', d.index], `${quoted(d.value)} is listed twice`)
      break
    case 'numeric':
    case 'truefalse':
      break
  }
  return problems
}

/** Every cross-field problem in a bank that already matches the schema. */
export function checkBank(bank: Bank, passage: Passage): Problem[] {
  const problems: Problem[] = []
  if (bank.passage !== passage.id)
    problems.push({
      path: ['passage'],
      message: `refers to ${quoted(bank.passage)}, not ${quoted(passage.id)}`,
    })
  if (!bank.id.startsWith(`${bank.passage}/`))
    problems.push({
      path: ['id'],
      message: `must start with the passage id: "${bank.passage}/${bank.id.split('/').pop() ?? ''}"`,
    })
  for (const d of duplicates(bank.questions, (q) => q.id))
    problems.push({
      path: ['questions', d.index, 'id'],
      message: `${quoted(d.value)} is used by an earlier question in this set: ids must be unique`,
    })
  const text = passageText(passage)
  bank.questions.forEach((q, i) =>
    problems.push(...checkQuestion(q, ['questions', i], text, passage.id)),
  )
  return problems
}
