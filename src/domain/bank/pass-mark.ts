/**
 * A pass mark no whole percent can show. Every score short of full marks shows 99 % at most (on
 * the results, the class report and as an LMS's score.raw), so over 0.99 and under 1 a pass and a
 * fail both show 99 %: the studio refuses such a pass mark, and `npm run validate` says why.
 */
export function passMarkProblem(passMark: number): string | undefined {
  if (!(passMark > 0.99 && passMark < 1)) return undefined
  const percent = Math.round(passMark * 1e6) / 1e4
  return `${passMark} is between 0.99 and 1: scores show in whole per cent, so at a pass mark of ${percent}% a pass and a fail would both show as 99%; use 0.99, or 1 to pass only with full marks`
}
