/**
 * Everything a quiz needs once it runs: the quiz store (grading, timer, recording progress), the
 * runner, results and review. One lazy chunk, fetched when a quiz starts or is resumed, so a quiz
 * page opens with its start screen alone (see play-loader.ts).
 */
export { default as QuizPlay } from './QuizPlay.vue'
export { default as ResumeOffer } from './ResumeOffer.vue'
export { useQuizStore } from '../../stores/quiz.ts'
import '../../styles/pages.css'
