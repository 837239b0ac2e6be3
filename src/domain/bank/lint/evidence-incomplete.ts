/**
 * `evidence-incomplete`: for multiple choice, matching and ordering — the questions that need
 * several facts — a right answer (a right choice, a pair, an item) that none of the evidence
 * quotes supports. "Show in the article" then highlights only part of the proof.
 * An answer's distinctive words are its words minus stop words, minus the prompt's words, minus
 * words every option shares and minus the article title's words (unless nothing else is left); a
 * quote supports it when it holds at least half of them. It checks words, not meaning: a right
 * answer that paraphrases its quote can be reported, and `lint.allow` is the way out then.
 */
import type { Question } from '../schema.ts'
import { evidenceQuotes } from '../schema.ts'
import type { JsonPath } from '../issues.ts'
import { topicStems } from './places.ts'
import { contentStems, excerpt } from './text.ts'
import type { LintRule, LintWarning } from './types.ts'

interface Answer {
  path: JsonPath
  text: string
  label: string
}

/** The right answers of a question that needs several facts, each with its path. */
function rightAnswers(q: Question, index: number): { answers: Answer[]; options: string[] } {
  const at = (...rest: (string | number)[]): JsonPath => ['questions', index, ...rest]
  switch (q.type) {
    case 'multiple':
      return {
        answers: q.answers.map((a, j) => ({ path: at('answers', j), text: a, label: excerpt(a) })),
        options: q.choices,
      }
    case 'ordering':
      return {
        answers: q.items.map((t, j) => ({ path: at('items', j), text: t, label: excerpt(t) })),
        options: q.items,
      }
    case 'matching': {
      const texts = q.pairs.map((p) => `${p.left} ${p.right}`)
      return {
        answers: q.pairs.map((p, j) => ({
          path: at('pairs', j),
          text: texts[j]!,
          label: `${excerpt(p.left, 40)} → ${excerpt(p.right, 30)}`,
        })),
        options: texts,
      }
    }
    default:
      return { answers: [], options: [] }
  }
}

export const evidenceIncomplete: LintRule = ({ bank, passage }) => {
  const topic = topicStems(passage)
  const warnings: LintWarning[] = []
  bank.questions.forEach((q, index) => {
    const { answers, options } = rightAnswers(q, index)
    if (answers.length === 0) return
    const prompt = new Set(contentStems(q.prompt))
    const optionStems = options.map((o) => new Set(contentStems(o)))
    const everywhere = (s: string) => optionStems.every((o) => o.has(s))
    const quotes = evidenceQuotes(q).map((quote) => new Set(contentStems(quote)))
    // No evidence at all is the schema's error (or the editor's "add evidence"), said once.
    if (quotes.length === 0) return
    for (const answer of answers) {
      const own = [...new Set(contentStems(answer.text))].filter(
        (s) => !prompt.has(s) && !everywhere(s),
      )
      const offTopic = own.filter((s) => !topic.has(s))
      const distinctive = offTopic.length > 0 ? offTopic : own
      if (distinctive.length === 0) continue
      const needed = Math.ceil(distinctive.length / 2)
      if (quotes.some((quote) => distinctive.filter((s) => quote.has(s)).length >= needed)) continue
      const one = quotes.length === 1
      warnings.push({
        rule: 'evidence-incomplete',
        path: answer.path,
        message:
          `${answer.label} is right, but ${one ? 'the evidence quote does not show it' : 'none of the evidence quotes shows it'}, ` +
          `so “Show in the article” proves only part of the answer; add the ` +
          `sentence that proves it to "evidence" (a list of quotes)`,
      })
    }
  })
  return warnings
}
