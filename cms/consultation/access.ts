/**
 * How a consultation command identifies its own writes to the create rule of a public
 * submission (`submittedBy` in cms/access/policy.ts) and to the collection's hooks.
 */
import type { RequestContext } from 'payload'

import { SUBMISSION_COMMAND, type SubmissionCommand } from '../access/policy'

/** Returns the request context a command passes to its own Local API writes. */
export function commandContext(command: SubmissionCommand, extra: RequestContext = {}): RequestContext {
  return { ...extra, [SUBMISSION_COMMAND]: command }
}

/** Returns true when the request was made by that command. */
export function madeBy(context: RequestContext | null | undefined, command: SubmissionCommand): boolean {
  return context?.[SUBMISSION_COMMAND] === command
}
