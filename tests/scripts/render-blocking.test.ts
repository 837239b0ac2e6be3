import { describe, expect, it } from 'vitest'
import { blockRenderOnEntry } from '../../scripts/render-blocking.ts'

describe("the entry script's render blocking", () => {
  it('holds the first paint for the app script the build puts in <head>', () => {
    const html = `<head><script type="module" crossorigin src="./assets/index-1.js"></script><script src="./early-theme.js"></script></head>`
    expect(blockRenderOnEntry(html)).toBe(
      `<head><script type="module" crossorigin src="./assets/index-1.js" blocking="render"></script><script src="./early-theme.js"></script></head>`,
    )
  })

  it('leaves classic scripts and inline module scripts alone', () => {
    for (const html of [
      '<script src="./early-theme.js"></script>',
      '<script type="module">import "./x.js"</script>',
      '<script>var x = "type=\\"module\\" src="</script>',
    ]) {
      expect(blockRenderOnEntry(html)).toBe(html)
    }
  })

  it('does not add the attribute twice', () => {
    const once = blockRenderOnEntry('<script type="module" src="/src/main.ts"></script>')
    expect(once).toBe('<script type="module" src="/src/main.ts" blocking="render"></script>')
    expect(blockRenderOnEntry(once)).toBe(once)
  })
})
