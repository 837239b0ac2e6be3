import { describe, expect, it } from 'vitest'
import { guardPrototypes, prototypeKeys } from './fixtures/prototype-guard.ts'

// A case that fails half-way leaves no key behind: the setup's own guard removes it.

describe('the prototype guard (tests/setup.ts, after every test)', () => {
  it('passes when no prototype has gained a key', () => {
    const before = prototypeKeys()
    const own: Record<string, unknown> = {}
    own.polluted = 'only here'
    expect(() => guardPrototypes(before)).not.toThrow()
  })

  it('fails naming a key written onto Object.prototype through "__proto__", and removes it', () => {
    const before = prototypeKeys()
    const target: Record<string, unknown> = {}
    const hostile = JSON.parse('{"__proto__": {"polluted": "yes"}}') as Record<string, unknown>
    for (const [key, value] of Object.entries(hostile)) Object.assign((target[key] ??= {}), value)
    expect(({} as Record<string, unknown>).polluted).toBe('yes')

    expect(() => guardPrototypes(before)).toThrow(
      /^Object\.prototype gained "polluted" during this test/,
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('names every key, on arrays and with symbols too, and removes them all', () => {
    const before = prototypeKeys()
    const mark = Symbol('mark')
    Object.defineProperty(Array.prototype, 'last', { value: 1, configurable: true })
    Object.defineProperty(Object.prototype, mark, { value: 2, configurable: true })

    expect(() => guardPrototypes(before)).toThrow(
      'Object.prototype gained Symbol(mark), Array.prototype gained "last" during this test',
    )
    expect(Reflect.ownKeys(Array.prototype)).not.toContain('last')
    expect(Reflect.ownKeys(Object.prototype)).not.toContain(mark)
  })

  // The guard as tests/setup.ts runs it: the test that pollutes fails, and only that one.
  it.fails('fails a test that leaves a key on Object.prototype (the setup runs it)', () => {
    Object.assign(Object.prototype, { leftBehind: true })
  })

  it('runs the next test with the prototype clean again', () => {
    expect(Object.prototype).not.toHaveProperty('leftBehind')
  })

  it('leaves alone the keys the prototypes had when the file started', () => {
    const before = prototypeKeys()
    expect(() => guardPrototypes(before)).not.toThrow()
    expect(Object.prototype).toHaveProperty('hasOwnProperty')
    expect([]).toHaveProperty('map')
  })
})
