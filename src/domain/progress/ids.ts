/** A bank id, `<passage id>/<set slug>`, as in domain/bank. */
export const SET_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/
/** A question id, as in domain/bank. No leading "_", so "__proto__" can never be a key. */
export const QUESTION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/
/** Attempt ids come from the caller (a UUID or something shorter); the same rule keeps keys safe. */
export const ATTEMPT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/
