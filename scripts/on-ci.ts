/**
 * Whether this is a CI run (`CI` set, and not to "false"): the e2e script, the Playwright config
 * and the layout sweep read it to decide what a run that keeps no files need not make.
 */
export const onCi = !!process.env.CI && process.env.CI !== 'false'
