/**
 * Answers as short codes. Choice-like answers are stored as positions in the bank question
 * (a few characters instead of the choice texts), typed answers as the text itself, capped.
 * Reading a code needs the question, which the review screen has anyway; an answer that fits no
 * position (say, a bank edited since) is stored as its description after "=".
 */
import type { Question } from '../bank/schema.ts'
import { describeResponse, isResponseFor } from '../grading/registry.ts'
import type { AnyResponse } from '../grading/types.ts'
import type { AnswerRecord } from './codec.ts'
import { DIGITS } from './digits.ts'

/** Typed answers longer than this are cut: enough to see what was meant, not an essay per answer. */
export const MAX_TYPED_LENGTH = 80

const LITERAL = '='

function positions(indexes: readonly number[]): string | undefined {
  if (indexes.some((i) => i < 0 || i >= DIGITS.length)) return undefined
  return indexes.map((i) => DIGITS[i]).join('')
}

function indexesOf(code: string, size: number): number[] | undefined {
  const out = [...code].map((ch) => DIGITS.indexOf(ch))
  return out.every((i) => i >= 0 && i < size) ? out : undefined
}

/** The distinct right-hand sides of a matching question, in bank order. */
function rights(q: Extract<Question, { type: 'matching' }>): string[] {
  return [...new Set(q.pairs.map((p) => p.right))]
}

function positional(q: Question, r: AnyResponse): string | undefined {
  switch (q.type) {
    case 'single':
      return r === null ? '' : positions([q.choices.indexOf(r as string)])
    case 'multiple':
      return positions((r as string[]).map((c) => q.choices.indexOf(c)).sort((a, b) => a - b))
    case 'truefalse':
      return r === null ? '' : r ? 't' : 'f'
    case 'numeric':
    case 'short':
      return (r as string).trim().slice(0, MAX_TYPED_LENGTH)
    case 'ordering': {
      // Items may repeat ("Sochi", "Sochi"): each takes the first unused place with its text.
      const used = new Set<number>()
      const order = (r as string[]).map((item) => {
        const i = q.items.findIndex((x, j) => x === item && !used.has(j))
        used.add(i)
        return i
      })
      return order.length === q.items.length ? positions(order) : undefined
    }
    case 'matching': {
      const chosen = r as Record<string, string>
      const sides = rights(q)
      if (q.pairs.every((p) => !chosen[p.left])) return ''
      const codes = q.pairs.map((p) => {
        const right = Object.hasOwn(chosen, p.left) ? chosen[p.left] : ''
        return right ? positions([sides.indexOf(right)]) : '.'
      })
      return codes.every((c) => c !== undefined) ? codes.join('') : undefined
    }
  }
}

/** The compact code of a response to `q`; '' means no answer. */
export function encodeAnswer(q: Question, r: AnyResponse): string {
  if (!isResponseFor(q, r)) return ''
  const code = positional(q, r)
  if (code !== undefined) return code
  return LITERAL + describeResponse(q, r).slice(0, MAX_TYPED_LENGTH)
}

function decode(q: Question, code: string): AnyResponse | undefined {
  switch (q.type) {
    case 'single': {
      const [i] = indexesOf(code, q.choices.length) ?? []
      return code.length === 1 && i !== undefined ? q.choices[i] : undefined
    }
    case 'multiple':
      return indexesOf(code, q.choices.length)?.map((i) => q.choices[i] as string)
    case 'truefalse':
      return code === 't' ? true : code === 'f' ? false : undefined
    case 'numeric':
    case 'short':
      return code
    case 'ordering': {
      const order = indexesOf(code, q.items.length)
      return order?.length === q.items.length ? order.map((i) => q.items[i] as string) : undefined
    }
    case 'matching': {
      const sides = rights(q)
      if (code.length !== q.pairs.length) return undefined
      const out: Record<string, string> = {}
      for (const [i, p] of q.pairs.entries()) {
        const ch = code[i] as string
        const right = ch === '.' ? '' : sides[DIGITS.indexOf(ch)]
        if (right === undefined) return undefined
        out[p.left] = right
      }
      return out
    }
  }
}

/**
 * The response behind a code, as the quiz held it; undefined when the code no longer fits the
 * question (its bank changed) or only its description was stored.
 */
export function decodeAnswer(q: Question, code: string): AnyResponse | undefined {
  if (code.startsWith(LITERAL) && q.type !== 'numeric' && q.type !== 'short') return undefined
  if (code === '' && q.type !== 'numeric' && q.type !== 'short') return emptyResponse(q)
  const r = decode(q, code)
  return r !== undefined && isResponseFor(q, r) ? r : undefined
}

/**
 * The answer behind a code in words, as review shows it ("Assad", "Left blank"). A code that no
 * longer fits the question (its bank changed) reads "(answer no longer readable)".
 */
export function answerText(q: Question, code: string): string {
  if (code.startsWith(LITERAL) && q.type !== 'numeric' && q.type !== 'short') {
    return code.slice(LITERAL.length)
  }
  if (code === '' && q.type !== 'numeric' && q.type !== 'short') {
    return describeResponse(q, emptyResponse(q))
  }
  const r = decode(q, code)
  return r === undefined || !isResponseFor(q, r)
    ? '(answer no longer readable)'
    : describeResponse(q, r)
}

function emptyResponse(q: Question): AnyResponse {
  switch (q.type) {
    case 'single':
    case 'truefalse':
      return null
    case 'multiple':
    case 'ordering':
      return []
    case 'matching':
      return {}
    case 'numeric':
    case 'short':
      return ''
  }
}

/**
 * Whether a stored answer was left blank. Attempts recorded before progress version 3 do not say;
 * while their detail is kept, a blank is an empty answer that scored nothing.
 */
export function isLeftBlank(
  record: Pick<AnswerRecord, 'unanswered' | 'answer' | 'score'>,
): boolean {
  return record.unanswered === true || (record.answer === '' && record.score === 0)
}
