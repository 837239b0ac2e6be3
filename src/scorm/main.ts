/**
 * The SCORM package's page: one question set, carried in the page itself, played with the
 * app's own quiz, and reported to the LMS when there is one (see launch.ts, lms.ts and report.ts).
 */
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { loadLibrary, type Library } from '../domain/bank/index.ts'
import { catalogOf } from '../domain/bank/catalog.ts'
import { SET_DATA_ID, type ScormSet } from '../domain/interop/scorm.ts'
import { useBanksStore } from '../stores/banks.ts'
import ScormPlayer from './ScormPlayer.vue'
import { launch } from './launch.ts'
import '../styles/main.css'
import '../styles/pages.css'

/** The set in the page, checked like any bank file; a broken one is shown, not run. */
function readSet(): { library: Library; problem: string | null } {
  const empty: Library = { passages: {}, banks: [], failures: [] }
  const text = document.getElementById(SET_DATA_ID)?.textContent ?? ''
  let set: Partial<ScormSet>
  try {
    set = JSON.parse(text) as Partial<ScormSet>
  } catch {
    return { library: empty, problem: 'The question set in this page is damaged.' }
  }
  const passageId = set.passage?.id ?? 'article'
  const library = loadLibrary([
    { file: `questions/${passageId}/passage.json`, text: JSON.stringify(set.passage ?? null) },
    { file: `questions/${passageId}/set.json`, text: JSON.stringify(set.bank ?? null) },
  ])
  const failure = library.failures[0]?.issues[0]
  return library.banks.length === 1
    ? { library, problem: null }
    : { library: empty, problem: failure ? failure.message : 'The page holds no question set.' }
}

const { library, problem } = readSet()
// Before any store exists: inside an LMS the stores keep nothing in the browser.
const { lms, resumeProblem } = launch(window, library.banks[0]?.bank, new Date())
const pinia = createPinia()
const app = createApp(ScormPlayer, { library, problem, lms, resumeProblem }).use(pinia)
// The quiz looks its set up in the banks store, as it does in the app.
useBanksStore(pinia).replace(library, catalogOf(library))
app.mount('#app')
