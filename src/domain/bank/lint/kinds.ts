/**
 * A small, conservative guess at what kind of thing an option names, for `implausible-distractor`.
 *
 * It can tell:
 * - a year: four digits from 1000 to 2099 ("2015", "in 2015");
 * - a date: a month or weekday, with or without a day and year ("October 2015", "Thursday",
 *   "17 May", "May 17, 2018"), or an ISO date;
 * - a number: digits with an optional unit word ("3", "3 visits", "40%"), or a number word;
 * - a place: a name on a short built-in list (countries, continents, world regions, seas, some
 *   capitals), or a name ending in Sea, Ocean, River, Gulf, Region, Province, City;
 * - a person: two to four capitalised words, with name particles allowed ("Bashar al-Assad",
 *   "Vladimir Putin"), none of them a place, a title, a demonym or an institution word.
 * Everything else is unknown, and unknown never raises a warning. It cannot tell a one-word
 * surname from a one-word place it does not list ("Assad" and "Hmeimim" are both unknown), an
 * organisation from a person when the name has no institution word, or a place off its list.
 */
import { NUMBER_WORDS } from '../../text/number-words.ts'
import { fold } from './text.ts'

export type Kind = 'year' | 'date' | 'number' | 'place' | 'person'

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec'
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday'
const DAY = '\\d{1,2}(?:st|nd|rd|th)?'
const DATE = new RegExp(
  `^(?:(?:on|in)\\s+)?(?:(?:${WEEKDAYS}),?\\s*)?(?:(?:the\\s+)?${DAY}\\s+(?:of\\s+)?)?(?:${MONTHS})?\\.?(?:\\s+${DAY})?,?(?:\\s+\\d{4})?$`,
)
const NUMBER_WORD = [
  ...NUMBER_WORDS,
  ...'thirty forty fifty hundred thousand million billion dozen'.split(' '),
].join('|')

const PLACES = new Set(
  (
    'afghanistan|albania|algeria|argentina|armenia|australia|austria|azerbaijan|bahrain|belarus|belgium|' +
    'bolivia|bosnia|brazil|bulgaria|cambodia|canada|chile|china|colombia|croatia|cuba|cyprus|czechia|' +
    'denmark|egypt|estonia|ethiopia|finland|france|georgia|germany|greece|hungary|iceland|india|' +
    'indonesia|iran|iraq|ireland|israel|italy|japan|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|' +
    'latvia|lebanon|libya|lithuania|luxembourg|malaysia|mali|mexico|moldova|mongolia|morocco|' +
    'netherlands|new zealand|nigeria|north korea|norway|oman|pakistan|palestine|peru|philippines|' +
    'poland|portugal|qatar|romania|russia|saudi arabia|serbia|slovakia|slovenia|somalia|south africa|' +
    'south korea|spain|sudan|sweden|switzerland|syria|taiwan|tajikistan|thailand|tunisia|turkey|' +
    'turkmenistan|ukraine|united arab emirates|united kingdom|united states|uruguay|uzbekistan|' +
    'venezuela|vietnam|yemen|britain|england|scotland|wales|usa|uk|us|' +
    'africa|antarctica|asia|europe|north america|south america|oceania|middle east|near east|' +
    'far east|central asia|east asia|south asia|southeast asia|western europe|eastern europe|' +
    'north africa|west africa|east africa|latin america|balkans|caucasus|gulf|levant|scandinavia|' +
    'mediterranean|black sea|caspian sea|red sea|baltic|arctic|atlantic|pacific|' +
    'moscow|washington|beijing|tehran|damascus|ankara|london|paris|berlin|brussels|kyiv|kiev|' +
    'tokyo|delhi|new delhi|cairo|riyadh|baghdad|beirut|jerusalem|tel aviv|istanbul|rome|madrid|' +
    'vienna|warsaw|geneva|new york|aleppo|homs|idlib|raqqa|latakia|sochi|st petersburg|minsk|astana|doha'
  ).split('|'),
)
const PLACE_ENDINGS =
  /\s(?:sea|ocean|river|gulf|region|province|city|island|islands|mountains|valley|coast)$/
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'de',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'le',
  'la',
])
const NOT_NAME_WORDS = new Set(
  (
    'president|minister|prime|king|queen|prince|chancellor|secretary|general|spokesman|spokeswoman|' +
    'ambassador|leader|chief|foreign|defense|defence|ministry|kremlin|government|council|committee|' +
    'union|nations|states|party|army|military|forces|navy|agency|office|house|parliament|senate|' +
    'congress|court|bank|company|university|school|church|republic|kingdom|empire|federation|' +
    'coalition|front|movement|group|council|department|embassy|website|times|news|the|a|an'
  ).split('|'),
)

function bare(text: string): string {
  return fold(text)
    .replace(/['’]s\b/g, '')
    .replace(/[.,;:!?"“”()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function isPerson(text: string): boolean {
  const parts = text.trim().split(/\s+/)
  if (parts.length < 2 || parts.length > 4) return false
  return parts.every((part) => {
    const pieces = part.replace(/['’]s$/, '').split('-')
    return pieces.every((piece, i) => {
      const lower = fold(piece)
      if (PARTICLES.has(lower) && (i < pieces.length - 1 || pieces.length === 1)) return true
      if (!/^\p{Lu}\p{Ll}+$/u.test(piece)) return false
      if (NOT_NAME_WORDS.has(lower) || PLACES.has(lower)) return false
      // Demonyms (Syrian, Russian, Chinese, Turkish) describe, they do not name a person.
      return !/(?:ian|ese|ish|ean|ican|german)$/.test(lower)
    })
  })
}

/** The kind of thing an option names, when it is clear; undefined when it is not. */
export function kindOf(text: string): Kind | undefined {
  const plain = bare(text)
  if (!plain) return undefined
  if (/^(?:in\s+)?(?:1\d{3}|20\d{2})$/.test(plain)) return 'year'
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return 'date'
  if (/\d|[a-z]/.test(plain) && DATE.test(plain) && !/^\d+$/.test(plain)) return 'date'
  if (/^[-+]?\d+(?:[.,]\d+)*\s*%?(?:\s+\p{L}+)?$/u.test(plain)) return 'number'
  if (new RegExp(`^(?:${NUMBER_WORD})(?:\\s+\\p{L}+)?$`, 'u').test(plain)) return 'number'
  const place = plain.replace(/^the\s+/, '')
  if (PLACES.has(place) || PLACE_ENDINGS.test(` ${place}`)) return 'place'
  if (isPerson(text)) return 'person'
  return undefined
}

/** Years and dates are both points in time: one among the other is not implausible. */
export function sameFamily(a: Kind, b: Kind): boolean {
  const time = (k: Kind) => k === 'year' || k === 'date'
  return a === b || (time(a) && time(b))
}
