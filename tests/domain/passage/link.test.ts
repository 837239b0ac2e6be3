import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { loadLibrary } from '../../../src/domain/bank/index.ts'
import { linkSite, safeHttpUrl } from '../../../src/domain/passage/link.ts'
import { BANK_FILE, PASSAGE_FILE, bank, json, passage } from '../../fixtures/banks.ts'

describe('only http(s) addresses become links', () => {
  it.each([
    ['https://www.themoscowtimes.com/2018/05/18/a', 'https://www.themoscowtimes.com/2018/05/18/a'],
    ['http://example.org', 'http://example.org/'],
    ['  HTTPS://EXAMPLE.ORG/x  ', 'https://example.org/x'],
  ])('%s is a link', (input, href) => {
    expect(safeHttpUrl(input)).toBe(href)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '//example.org',
    '',
    null,
    undefined,
  ])('%s is not a link', (input) => {
    expect(safeHttpUrl(input)).toBeNull()
  })

  it('never returns an href with another scheme, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const href = safeHttpUrl(text)
        return href === null || /^https?:\/\//.test(href)
      }),
      { numRuns: 2000 },
    )
  })
})

describe("a link's words", () => {
  it.each([
    ['https://www.themoscowtimes.com/2018/05/18/a-61487', 'themoscowtimes.com'],
    ['http://example.org', 'example.org'],
    ['https://news.example.org:8443/a?b#c', 'news.example.org:8443'],
    ['https://www.example.org@evil.example/', 'evil.example'],
    ['https://wwwexample.org/', 'wwwexample.org'],
    // A host in another script is said as the URL API gives it, in its ASCII (punycode) form, as
    // browsers show one that mixes scripts: a Cyrillic “а” never passes for apple.com's “a”.
    ['https://www.\u0430pple.com/x', 'xn--pple-43d.com'],
    ['https://b\u00fccher.example/', 'xn--bcher-kva.example'],
  ])('%s says %s', (input, words) => {
    expect(linkSite(safeHttpUrl(input)!)).toBe(words)
  })

  it('name the site the link goes to, and nothing of its path or its user part', () => {
    fc.assert(
      fc.property(
        fc.webUrl({
          authoritySettings: { withUserInfo: true, withPort: true },
          withQueryParameters: true,
          withFragments: true,
        }),
        (url) => {
          const href = safeHttpUrl(url)
          if (href === null) return true
          const words = linkSite(href)
          return words !== '' && !/[/@?#]/.test(words) && new URL(href).host.endsWith(words)
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('the passage schema refuses addresses that are not http(s)', () => {
  function urlIssues(url: string) {
    const library = loadLibrary([
      { file: PASSAGE_FILE, text: json({ ...passage(), url }) },
      { file: BANK_FILE, text: json(bank()) },
    ])
    return library.failures.flatMap((f) => f.issues).filter((i) => i.path === 'url')
  }

  it('names the scheme and says why', () => {
    const [issue, ...rest] = urlIssues('javascript:alert(1)')
    expect(rest).toEqual([])
    expect(issue?.message).toMatch(
      /“javascript:alert\(1\)” is not allowed: only http:\/\/ and https:\/\//,
    )
  })

  it.each(['data:text/html,x', 'ftp://example.org/a', 'file:///etc/passwd'])(
    'refuses %s',
    (url) => {
      expect(urlIssues(url)).toHaveLength(1)
    },
  )

  it('accepts an https address', () => {
    expect(urlIssues('https://www.themoscowtimes.com/a')).toEqual([])
  })
})
