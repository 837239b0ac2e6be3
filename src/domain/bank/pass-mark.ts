/**
 * A pass mark no whole percent can show. Every score short of full marks shows 99 % at most (on
 * the results, the class report and as an LMS's score.raw), so over 0.99 and under 1 a pass and a
 * fail both show 99 %; every score over none shows 1 % at least, so over 0 and up to 0.01 both
 * show 1 %: the studio refuses such a pass mark, and `npm run validate` says why.
 */
export function passMarkProblem(passMark: number): string | undefined {
  const percent = Math.round(passMark * 1e6) / 1e4
  if (passMark > 0 && passMark <= 0.01)
    return `${passMark} is over 0 and at most 0.01: scores show in whole per cent, so at a pass mark of ${percent}% a pass and a fail would both show as 1%; use 0 to pass everyone, or 0.02`
  if (!(passMark > 0.99 && passMark < 1)) return undefined
  return `${passMark} is between 0.99 and 1: scores show in whole per cent, so at a pass mark of ${percent}% a pass and a fail would both show as 99%; use 0.99, or 1 to pass only with full marks`
}
