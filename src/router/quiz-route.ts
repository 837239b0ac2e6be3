/** Where a set's quiz is: its article and the part of its id after the slash (`<article>/<set>`). */
export function quizRoute(set: { id: string; passage: string }) {
  return {
    name: 'quiz',
    params: { passageId: set.passage, setSlug: set.id.split('/')[1] ?? '' },
  } as const
}
