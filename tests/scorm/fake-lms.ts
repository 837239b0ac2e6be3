/**
 * A SCORM 1.2 LMS for unit tests, as strict as Moodle's run-time: it refuses a value outside an
 * element's data type (CMIFeedback is 255 characters, CMIIdentifier printable ASCII without
 * spaces, suspend_data 4096…) and an interaction numbered past `_count`, and it logs every call.
 */
import type { Scorm12Api } from '../../src/scorm/lms.ts'

const FORMATS: [RegExp, RegExp][] = [
  [/^cmi\.core\.lesson_status$/, /^(passed|completed|failed|incomplete|browsed)$/],
  [/^cmi\.core\.score\.(raw|min|max)$/, /^(100(\.0*)?|\d{1,2}(\.\d*)?|\.\d+)$/],
  [/^cmi\.core\.exit$/, /^(time-out|suspend|logout|)$/],
  [/^cmi\.core\.session_time$/, /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/],
  [/^cmi\.suspend_data$/, /^[\s\S]{0,4096}$/],
  [/^cmi\.interactions\.\d+\.id$/, /^[\u0021-\u007E]{1,255}$/],
  [/^cmi\.interactions\.\d+\.type$/, /^(true-false|choice|fill-in|matching|sequencing|numeric)$/],
  [
    /^cmi\.interactions\.\d+\.(student_response|correct_responses\.\d+\.pattern)$/,
    /^[\s\S]{0,255}$/,
  ],
  [/^cmi\.interactions\.\d+\.result$/, /^(correct|wrong|unanticipated|neutral|\d{0,3}(\.\d*)?)$/],
  [/^cmi\.interactions\.\d+\.weighting$/, /^-?\d{0,3}(\.\d*)?$/],
  [/^cmi\.interactions\.\d+\.latency$/, /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/],
]

export class FakeLms implements Scorm12Api {
  readonly cmi: Record<string, string>
  readonly calls: string[][] = []
  private error = '0'

  constructor(start: Record<string, string> = {}) {
    this.cmi = {
      'cmi.core.lesson_status': 'not attempted',
      'cmi.core.entry': 'ab-initio',
      'cmi.core.lesson_mode': 'normal',
      'cmi.core.credit': 'credit',
      'cmi.core.score.raw': '',
      'cmi.suspend_data': '',
      ...start,
    }
  }

  /** The interactions recorded so far: the highest index written, plus one. */
  get interactions(): number {
    const indexes = Object.keys(this.cmi).flatMap(
      (k) => /^cmi\.interactions\.(\d+)\.id$/.exec(k)?.[1] ?? [],
    )
    return Math.max(0, ...indexes.map((n) => Number(n) + 1))
  }

  /** Every LMSSetValue, as [element, value]. */
  get sets(): [string, string][] {
    return this.calls.filter((c) => c[0] === 'LMSSetValue').map((c) => [c[1]!, c[2]!])
  }

  /** The window the package finds this LMS on (its own top, with no opener). */
  window(): Window {
    const win = { API: this, opener: null } as unknown as { parent: unknown; top: unknown }
    win.parent = win
    win.top = win
    return win as unknown as Window
  }

  LMSInitialize(): string {
    this.calls.push(['LMSInitialize'])
    return 'true'
  }
  LMSFinish(): string {
    this.calls.push(['LMSFinish'])
    return 'true'
  }
  LMSCommit(): string {
    this.calls.push(['LMSCommit'])
    return 'true'
  }
  LMSGetValue(element: string): string {
    if (element === 'cmi.interactions._count') return String(this.interactions)
    return this.cmi[element] ?? ''
  }
  LMSSetValue(element: string, value: string): string {
    this.calls.push(['LMSSetValue', element, value])
    const index = /^cmi\.interactions\.(\d+)\./.exec(element)?.[1]
    const format = FORMATS.find(([name]) => name.test(element))?.[1]
    const fits = format ? format.test(value) : false
    if (!fits || (index !== undefined && Number(index) > this.interactions)) {
      this.error = '405'
      return 'false'
    }
    this.cmi[element] = value
    return 'true'
  }
  LMSGetLastError(): string {
    return this.error
  }
  LMSGetErrorString(): string {
    return ''
  }
}
