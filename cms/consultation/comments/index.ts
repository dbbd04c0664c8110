/** Public comments on drafts: validate → sanitise → de-duplicate → rate-limit → report. */
export * from './codes'
export * from './file-check'
export * from './rate-limit'
export * from './report'
export * from './sanitize'
export * from './similarity'
export * from './tracking-code'
export * from './validate'
