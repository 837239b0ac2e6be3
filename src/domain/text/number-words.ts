/**
 * The English words for 0 to 20, indexed by their value: `NUMBER_WORDS[3]` is "three". One list
 * for the lint that spots a number answer given away as a word ("how many visits" beside "his
 * two visits") and the lint that tells a number answer from a name.
 */
export const NUMBER_WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  )
