import { nextTick, ref, type Ref } from 'vue'
import { evidenceHighlight } from '../domain/bank/evidence.ts'
import type { Question } from '../domain/bank/schema.ts'

/** What of the article beside a question this needs: opening it at what is highlighted. */
interface ArticleBeside {
  showEvidence(): unknown
}

/**
 * What the article beside a question highlights, for the quiz and the review alike:
 * - while the student answers, nothing;
 * - after a check, the sentences that prove the answer (the open article scrolls to them, focus
 *   stays on the verdict), unless a second try is on offer: then nothing, because the proof would
 *   give the answer away;
 * - "Look back and try again" opens the article at the part to read again (the paragraphs around
 *   the proof), not at the proving sentence;
 * - "Show in the article" opens it at the proof, with focus on the first quote.
 */
export function useEvidenceView(article: Ref<ArticleBeside | undefined>) {
  const highlight = ref<readonly string[] | null>(null)
  /** The highlight is the part to read again, not the proof. */
  const lookingBack = ref(false)

  function mark(question: Pick<Question, 'evidence'>, lookBack: boolean) {
    lookingBack.value = lookBack
    // A new list each time, so asking again scrolls back to the start.
    highlight.value = evidenceHighlight(question)
  }

  function clear() {
    lookingBack.value = false
    highlight.value = null
  }

  function open(question: Pick<Question, 'evidence'>, lookBack: boolean) {
    mark(question, lookBack)
    void nextTick(() => article.value?.showEvidence())
  }

  return {
    highlight,
    lookingBack,
    clear,
    /** After an answer is checked; `retryOffered` while "Look back and try again" is offered. */
    checked(question: Pick<Question, 'evidence'> | undefined, retryOffered: boolean) {
      if (!question || retryOffered) clear()
      else mark(question, false)
    },
    /** "Show the answer": the proof in the open article, focus left where it is. */
    revealed(question: Pick<Question, 'evidence'> | undefined) {
      if (question) mark(question, false)
    },
    /**
     * "Look back and try again": false, opening nothing, for a question that points to no sentence
     * (imported, or made in the studio without one): the caller puts focus in the question.
     */
    lookBack(question: Pick<Question, 'evidence'>): boolean {
      if (!question.evidence) return false
      open(question, true)
      return true
    },
    /**
     * Back on a second try (a reload half-way through it): the part to read again is marked, as
     * "Look back" left it, and the article opens there, but nothing moves or takes focus now.
     */
    lookedBack(question: Pick<Question, 'evidence'> | undefined) {
      if (question) mark(question, true)
    },
    show: (question: Pick<Question, 'evidence'>) => open(question, false),
  }
}
