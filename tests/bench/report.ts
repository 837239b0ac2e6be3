/** Prints a benchmark table the same way for every benchmark. */
export function report(title: string, rows: [string, string, string][]): void {
  const width = Math.max(...rows.map((r) => r[0].length))
  const lines = rows.map(
    ([name, value, note]) => `  ${name.padEnd(width)}  ${value.padStart(10)}  ${note}`,
  )
  console.log(`\n${title}\n${lines.join('\n')}\n`)
}
