/**
 * `giveaway`: the key of one question can be read off another part of the same set — another
 * question's prompt, choices, items or pairs, or the set's title or description.
 *
 * A mention alone is not enough: in a set about Assad, "Assad" is everywhere and tells nobody who
 * said what. So a place gives a key away only when all of this holds:
 * - it contains the key phrase as whole words, after case, accents, stop words and word endings
 *   are set aside ("the Syrian military's" contains "The Syrian military"); a number matches its
 *   digits or its word ("three"), next to the question's unit when it has one ("three … visits");
 * - the key is not made only of words from the article's title (whoever opens the set sees those);
 * - the place does not also name a distractor of the question (half the words of a wrong option
 *   that the key does not have, so "Putin" names "Vladimir Putin"): then it singles nothing out;
 * - the place itself is about the same thing as the question: besides the key it shares words
 *   with the question's prompt (or, for a matching pair, with its left side) — two words, or one
 *   when the key is a number or a phrase of three or more words. A choice is read on its own, not
 *   with its prompt: a candidate in a list states nothing. The set's title and description need
 *   no such link: they are read before every question.
 * For ordering, the key is the order: a place that names two items (by the words only they have)
 * together with an order word ("after", "before", "previous"…) gives it away.
 * What it cannot see: a key given away by meaning rather than words ("his second visit" answering
 * "how many visits"), or by chains of questions that are harmless one by one.
 */
import type { JsonPath } from '../issues.ts'
import type { Bank, Question } from '../schema.ts'
import { describePath, keyIndices, topicStems, visiblePlaces, type Place } from './places.ts'
import { containsRun, contentStems, excerpt, stem, words } from './text.ts'
import type { LintInput, LintRule, LintWarning } from './types.ts'
import { NUMBER_WORDS } from '../../text/number-words.ts'

const ORDER_WORDS = new Set([
  'after',
  'before',
  'since',
  'earlier',
  'later',
  'previous',
  'previously',
  'until',
  'following',
  'followed',
  'preceded',
  'afterwards',
])

/** A place with what every key asks of it worked out once. */
interface Seen extends Place {
  stemSet: Set<string>
  wordList: string[]
}

/** The places each stem and each word occurs in, so a key looks only where it could be. */
interface PlaceIndex {
  byStem: Map<string, number[]>
  byWord: Map<string, number[]>
}

function indexPlaces(places: readonly Seen[]): PlaceIndex {
  const byStem = new Map<string, number[]>()
  const byWord = new Map<string, number[]>()
  const note = (map: Map<string, number[]>, token: string, i: number) => {
    const list = map.get(token)
    if (!list) map.set(token, [i])
    else if (list[list.length - 1] !== i) list.push(i)
  }
  places.forEach((place, i) => {
    for (const s of place.stems) note(byStem, s, i)
    for (const w of place.wordList) note(byWord, w, i)
  })
  return { byStem, byWord }
}

interface Key {
  path: JsonPath
  /** The key as the file writes it, for the message. */
  label: string
  mentionedIn(place: Seen): boolean
  /** The places that could mention it, in order (a superset of those that do). */
  candidates(index: PlaceIndex): number[]
  /** The key's own stems. */
  stems: Set<string>
  /** Stems that tie a mention to this question: its prompt, or a matching pair's left side. */
  context: Set<string>
  /** The question's wrong options, as stem runs. */
  distractors: string[][]
  /** Shared context stems needed besides the key itself. */
  need: number
}

function phraseKey(
  path: JsonPath,
  text: string,
  context: string,
  distractors: readonly string[],
  topic: ReadonlySet<string>,
): Key | undefined {
  const run = contentStems(text)
  if (run.length === 0 || run.every((s) => topic.has(s))) return undefined
  return {
    path,
    label: text,
    mentionedIn: (place) => containsRun(place.stems, run),
    // Every stem of the run must be there: the stem found in the fewest places narrows it most.
    candidates: (index) =>
      run.map((s) => index.byStem.get(s) ?? []).reduce((a, b) => (b.length < a.length ? b : a)),
    stems: new Set(run),
    context: new Set(contentStems(context).filter((s) => !run.includes(s))),
    distractors: distractors.map(contentStems).filter((d) => d.length > 0),
    need: run.length >= 3 ? 1 : 2,
  }
}

function numberKey(q: Extract<Question, { type: 'numeric' }>, index: number): Key {
  const digits = String(q.answer)
  const word = Number.isInteger(q.answer) && q.answer >= 2 ? NUMBER_WORDS[q.answer] : undefined
  const unit = q.unit && q.answer < 1000 ? contentStems(q.unit)[0] : undefined
  return {
    path: ['questions', index, 'answer'],
    label: q.unit ? `${digits} ${q.unit}` : digits,
    mentionedIn(place) {
      const list = place.wordList
      return list.some((w, k) => {
        if (w !== digits && w !== word) return false
        return !unit || list.slice(k + 1, k + 5).some((next) => stem(next) === unit)
      })
    },
    candidates: (index) =>
      [
        ...new Set([...(index.byWord.get(digits) ?? []), ...(index.byWord.get(word ?? '') ?? [])]),
      ].sort((a, b) => a - b),
    stems: new Set([digits]),
    context: new Set(contentStems(q.prompt)),
    distractors: [],
    need: 1,
  }
}

function keysOf(q: Question, index: number, topic: ReadonlySet<string>): Key[] {
  const at = (...rest: (string | number)[]): JsonPath => ['questions', index, ...rest]
  const keys: (Key | undefined)[] = []
  switch (q.type) {
    case 'single':
    case 'multiple': {
      const wrong = keyIndices(q)!.distractors.map((j) => q.choices[j]!)
      const answers = q.type === 'single' ? [q.answer] : q.answers
      answers.forEach((answer, j) => {
        const path = q.type === 'single' ? at('answer') : at('answers', j)
        keys.push(phraseKey(path, answer, q.prompt, wrong, topic))
      })
      break
    }
    case 'short':
      q.accepted.forEach((a, j) => keys.push(phraseKey(at('accepted', j), a, q.prompt, [], topic)))
      break
    case 'numeric':
      keys.push(numberKey(q, index))
      break
    case 'matching':
      q.pairs.forEach((p, j) => {
        const others = [...new Set(q.pairs.map((o) => o.right))].filter((r) => r !== p.right)
        keys.push(phraseKey(at('pairs', j, 'right'), p.right, p.left, others, topic))
      })
      break
    case 'truefalse':
    case 'ordering':
      break
  }
  return keys.filter((k): k is Key => k !== undefined)
}

/**
 * Whether the place is about what the question asks. A choice is read on its own: it is only a
 * candidate, so a prompt's wording cannot make it a statement of fact.
 */
function linked(key: Key, place: Seen, topic: ReadonlySet<string>): boolean {
  if (place.question === undefined) return true
  const here = place.stemSet
  let shared = 0
  for (const s of key.context) if (here.has(s) && !topic.has(s)) shared++
  return shared >= key.need
}

/** A place names a distractor when it has half the words of it that the key does not have. */
function namesDistractor(key: Key, place: Seen): boolean {
  const here = place.stemSet
  return key.distractors.some((d) => {
    const own = d.filter((s) => !key.stems.has(s))
    return own.length > 0 && own.filter((s) => here.has(s)).length >= Math.ceil(own.length / 2)
  })
}

function message(bank: Bank, q: Question, what: string, place: Place): string {
  const where = describePath(bank, place.path)
  const fix =
    place.question === undefined
      ? `reword ${where} so it does not name it`
      : `reword one of the two, or move one question to another set`
  return (
    `${what} of ${q.id} is given away by ${where} (${excerpt(place.text)}): ` +
    `a student can answer from the quiz itself instead of the article; ${fix}`
  )
}

/** Items of an ordering question that a place names, by the words only that item has. */
function itemsNamed(q: Extract<Question, { type: 'ordering' }>, topic: ReadonlySet<string>) {
  const stems = q.items.map((item) => new Set(contentStems(item)))
  const own = stems.map((mine, j) =>
    [...mine].filter((s) => !topic.has(s) && stems.every((other, k) => k === j || !other.has(s))),
  )
  return (place: Seen): number[] => {
    const here = place.stemSet
    return own.flatMap((tokens, j) => {
      if (tokens.length === 0) return []
      const found = tokens.filter((t) => here.has(t)).length
      return found >= Math.ceil((tokens.length * 2) / 3) ? [j] : []
    })
  }
}

function orderGiveaways(
  bank: Bank,
  q: Extract<Question, { type: 'ordering' }>,
  index: number,
  ordered: readonly Seen[],
  topic: ReadonlySet<string>,
): LintWarning[] {
  const named = itemsNamed(q, topic)
  const warnings: LintWarning[] = []
  for (const place of ordered) {
    if (place.question === index) continue
    const items = named(place)
    if (items.length < 2) continue
    const [a, b] = items.map((j) => excerpt(q.items[j]!, 40))
    warnings.push({
      rule: 'giveaway',
      path: ['questions', index, 'items'],
      message: message(bank, q, `the order of ${a} and ${b}`, place),
      related: { path: place.path, what: describePath(bank, place.path) },
    })
  }
  return warnings
}

export const giveaway: LintRule = ({ bank, passage }: LintInput) => {
  const topic = topicStems(passage)
  const places: Seen[] = visiblePlaces(bank).map((p) => ({
    ...p,
    stemSet: new Set(p.stems),
    wordList: words(p.text),
  }))
  const index = indexPlaces(places)
  // Places with an order word, the only ones that can give an order away.
  const ordered = places.filter((p) => p.wordList.some((w) => ORDER_WORDS.has(w)))
  const warnings: LintWarning[] = []
  bank.questions.forEach((q, qi) => {
    if (q.type === 'ordering') {
      warnings.push(...orderGiveaways(bank, q, qi, ordered, topic))
      return
    }
    // One warning per question (or title, description) that gives this question away.
    const reported = new Set<string>()
    for (const key of keysOf(q, qi, topic)) {
      for (const at of key.candidates(index)) {
        const place = places[at]!
        if (place.question === qi) continue
        const where = place.question === undefined ? String(place.path[0]) : String(place.question)
        if (reported.has(where) || !key.mentionedIn(place)) continue
        if (namesDistractor(key, place) || !linked(key, place, topic)) continue
        reported.add(where)
        warnings.push({
          rule: 'giveaway',
          path: key.path,
          message: message(bank, q, `the key ${excerpt(key.label, 40)}`, place),
          related: { path: place.path, what: describePath(bank, place.path) },
        })
      }
    }
  })
  return warnings
}
