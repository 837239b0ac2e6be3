/**
 * The LMS side of a SCORM 1.2 package: finding the API object the LMS provides, and calling it.
 * Discovery is ADL's: this window and its parents up to the top, then the window that opened it
 * and that window's parents. Every call is guarded: an LMS that refuses a value, or disappears,
 * never stops the quiz.
 */
import { readLaunch, type ScormLaunch } from '../domain/interop/scorm.ts'

/** The SCORM 1.2 run-time API, as an LMS puts it on a window named `API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string
  LMSFinish(arg: ''): string
  LMSGetValue(element: string): string
  LMSSetValue(element: string, value: string): string
  LMSCommit(arg: ''): string
  LMSGetLastError(): string
  LMSGetErrorString(code: string): string
}

/** ADL's limit on how many parents to climb. */
const MAX_HOPS = 500

function apiOf(win: Window): Scorm12Api | null {
  try {
    const api = (win as unknown as { API?: Partial<Scorm12Api> }).API
    return api && typeof api.LMSInitialize === 'function' ? (api as Scorm12Api) : null
  } catch {
    // A frame from another origin: its API cannot be used from here.
    return null
  }
}

function climb(start: Window | null): Scorm12Api | null {
  let win = start
  for (let hops = 0; win && hops < MAX_HOPS; hops++) {
    const api = apiOf(win)
    if (api) return api
    if (win.parent === win) break
    win = win.parent
  }
  return null
}

/** The LMS's API for `win`: parents up to the top, then the opener's. */
export function findApi(win: Window): Scorm12Api | null {
  const own = climb(win)
  if (own) return own
  try {
    return climb(win.top?.opener as Window | null) ?? climb(win.opener as Window | null)
  } catch {
    return null
  }
}

/**
 * One SCORM session with an LMS: initialize, set values, commit, finish (once). A launch in
 * browse or review mode, or without credit, records nothing: every `set` is refused here.
 */
export class LmsSession {
  private finished = false
  /** Elements the LMS refused, with its error code, for the page to mention. */
  readonly refused: { element: string; code: string }[] = []
  /** When the session started, for cmi.core.session_time. */
  readonly startedAt: number
  /** How the LMS launched the page, read before anything is written. */
  readonly launch: ScormLaunch

  private constructor(
    private readonly api: Scorm12Api,
    now: number,
  ) {
    this.startedAt = now
    this.launch = readLaunch((element) => this.get(element))
    const status = this.get('cmi.core.lesson_status')
    if (status === '' || status === 'not attempted')
      this.set('cmi.core.lesson_status', 'incomplete')
    this.commit()
  }

  /** Whether this session may change the learner's record (normal mode, for credit). */
  get records(): boolean {
    return this.launch.records
  }

  /** Interactions the LMS holds now (from earlier sessions); new ones are numbered after. */
  interactionCount(): number {
    const count = Number(this.get('cmi.interactions._count'))
    return Number.isInteger(count) && count > 0 ? count : 0
  }

  /** Starts a session when an LMS is there; null otherwise (the page runs on its own). */
  static start(win: Window, now: number): LmsSession | null {
    const api = findApi(win)
    if (!api) return null
    try {
      if (String(api.LMSInitialize('')) !== 'true') return null
    } catch {
      return null
    }
    return new LmsSession(api, now)
  }

  get isFinished(): boolean {
    return this.finished
  }

  get(element: string): string {
    try {
      return String(this.api.LMSGetValue(element) ?? '')
    } catch {
      return ''
    }
  }

  set(element: string, value: string): boolean {
    if (this.finished || !this.records) return false
    try {
      if (String(this.api.LMSSetValue(element, value)) === 'true') return true
      this.refused.push({ element, code: String(this.api.LMSGetLastError()) })
    } catch {
      this.refused.push({ element, code: 'exception' })
    }
    return false
  }

  commit(): boolean {
    if (this.finished || !this.records) return false
    try {
      return String(this.api.LMSCommit('')) === 'true'
    } catch {
      return false
    }
  }

  /** Commits and ends the session; later calls do nothing. */
  finish(): void {
    if (this.finished) return
    this.commit()
    this.finished = true
    try {
      this.api.LMSFinish('')
    } catch {
      // The LMS window may already be gone.
    }
  }
}
