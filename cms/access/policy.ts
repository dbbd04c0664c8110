import type { Access, Where } from 'payload'

/**
 * Who may do what, in one place: the staff roles, the groups they form, and the rules every
 * collection, global, field, hook and site page builds its access from. Collections read as
 * sentences (`read: publishedOr(staff)`); the table in docs/access-table.md is generated from
 * them (scripts/docs-access.ts) and checked by tests/unit/access-matrix.test.ts.
 */

/** The portal's staff roles; anonymous visitors have none. */
export const ROLES = ['admin', 'editor', 'approver', 'moderator'] as const
export type Role = (typeof ROLES)[number]

/** Vietnamese labels for the role picker in the admin. */
export const ROLE_OPTIONS: { label: string; value: Role }[] = [
  { label: 'Quản trị viên', value: 'admin' },
  { label: 'Biên tập viên', value: 'editor' },
  { label: 'Phê duyệt', value: 'approver' },
  { label: 'Kiểm duyệt góp ý', value: 'moderator' },
]

export type RoleGroup = readonly Role[]

/** Every signed-in staff member, whatever the role: reads drafts, pending changes and internal notes. */
export const staff: RoleGroup = ['admin', 'editor', 'approver', 'moderator']
/** Write content (never straight onto the site): editors, approvers, administrators. Moderators only handle comments. */
export const writers: RoleGroup = ['admin', 'editor', 'approver']
/** Put content in front of the public, take it down, restore, schedule or delete it; change reference data. */
export const publishers: RoleGroup = ['admin', 'approver']
/** Handle comments and the commenters' personal data; approvers answer comments in the report. */
export const moderators: RoleGroup = ['admin', 'moderator', 'approver']
/**
 * Answer citizens' questions (hỏi – đáp, Decree 43/2011 Art 15.2) and see the askers' contact
 * details: every staff role, since the answer may come from any unit. Publishing an answer,
 * taking it down or declining a question stays with `moderators`.
 */
export const answerers: RoleGroup = ['admin', 'editor', 'approver', 'moderator']
/** Accounts, the working-day calendar, settings, logs and ratings. */
export const administrators: RoleGroup = ['admin']

type MaybeUser = { id?: string | number; role?: string | null } | null | undefined

/** Returns whether the user (null: an anonymous visitor) belongs to the group. */
export function isIn(user: MaybeUser, group: RoleGroup): boolean {
  return Boolean(user && user.role && (group as readonly string[]).includes(user.role))
}

/** A yes/no rule on the signed-in user: fits collections, globals, fields and the job queue alike. */
export type Rule = (args: { req: { user?: MaybeUser } }) => boolean

/** Everyone, signed in or not. */
export const anyone: Access = () => true

/** No one through any door; only trusted server code (hooks, overrideAccess) writes. */
export const nobody = (): boolean => false

/** Members of the group only. */
export function only(group: RoleGroup): Rule {
  return ({ req }) => isIn(req.user, group)
}

/** The group reads everything; everyone else only the published version (never a draft or a pending change). */
export function publishedOr(group: RoleGroup): Access {
  const published: Where = { _status: { equals: 'published' } }
  return ({ req }) => isIn(req.user, group) || published
}

/** The group reads every comment; everyone else published ones and the stubs of hidden ones (never pending ones). */
export function publicCommentsOr(group: RoleGroup): Access {
  const visible: Where = { status: { in: ['published', 'hidden'] } }
  return ({ req }) => isIn(req.user, group) || visible
}

/** The group reads every question; everyone else only published ones (answered, and the asker allowed it). */
export function publishedQuestionOr(group: RoleGroup): Access {
  const published: Where = { status: { equals: 'published' } }
  return ({ req }) => isIn(req.user, group) || published
}

/** The group reaches every account; other signed-in staff only their own. */
export function ownAccountOr(group: RoleGroup): Access {
  return ({ req }) => {
    if (isIn(req.user, group)) return true
    if (req.user) return { id: { equals: req.user.id } }
    return false
  }
}

/**
 * Create/update of publishable content: `drafters` write, but never with `_status: published`.
 * Payload asks this rule with that status before publishing, scheduling a publish or restoring a
 * published version, so only `publishers` do those at every door. Other saves of live items by
 * drafters become pending drafts (`guardPublication` in cms/audit/hooks.ts).
 */
export function draftsBy(drafters: RoleGroup, { publishedBy }: { publishedBy: RoleGroup }): Access {
  return ({ req, data }) => {
    if (isIn(req.user, publishedBy)) return true
    if (!isIn(req.user, drafters)) return false
    return (data as { _status?: unknown } | undefined)?._status !== 'published'
  }
}

/**
 * Publishable content (legal documents, consultation drafts, agencies, the Decree 43 sections,
 * work schedules). Who reads a draft: staff — the item, its versions and its pending changes;
 * the public reads the published version only, and internal fields never (`staffOnly` below).
 */
export const publishableContent = {
  read: publishedOr(staff),
  readVersions: only(staff),
  create: draftsBy(writers, { publishedBy: publishers }),
  update: draftsBy(writers, { publishedBy: publishers }),
  delete: only(publishers),
}

/** Reference data carrying legal rules (document types with consultation minimums, issuers, fields). */
export const referenceData = { read: anyone, create: only(publishers), update: only(publishers), delete: only(publishers) }

/** Records written only by server code, read by the group (logs, counters). */
export function writtenByServerReadBy(group: RoleGroup) {
  return { read: only(group), create: nobody, update: nobody, delete: nobody }
}

// Field rules.

/** Field rule for internal values (editorial notes, workflow logs): staff only, never the public. */
export const staffOnly = only(staff)

/**
 * Field rule of a derived value (stored HTML, table of contents, keys, validity, logs): no client
 * writes it through any door; server hooks compute it from its sources on every save.
 */
export const serverOwned = { create: nobody, update: nobody } as const

type CommentDoc = { status?: unknown; showName?: unknown; purgedAt?: unknown } | undefined

/**
 * Field rule for a comment's text and response: the group always; the public only while the
 * comment is published and not purged. Queries by the field are refused to the public too
 * (no doc), so the text of a hidden comment cannot be guessed by filtering.
 */
export function publishedCommentOr(group: RoleGroup) {
  return ({ req, doc }: { req: { user?: MaybeUser }; doc?: CommentDoc }): boolean => {
    if (isIn(req.user, group)) return true
    return doc?.status === 'published' && !doc?.purgedAt
  }
}

/** Field rule for the commenter's name and organisation: public only when published and the commenter chose to show it. */
export function shownNameOr(group: RoleGroup) {
  return ({ req, doc }: { req: { user?: MaybeUser }; doc?: CommentDoc }): boolean => {
    if (isIn(req.user, group)) return true
    return doc?.status === 'published' && doc?.showName === true && !doc?.purgedAt
  }
}

/** Admin navigation: hides a collection from everyone outside the group (the access rules still decide). */
export function hiddenUnless(group: RoleGroup) {
  return ({ user }: { user: MaybeUser }): boolean => !isIn(user, group)
}

/** The commands that create public submissions (cms/consultation/commands). */
export type SubmissionCommand = 'submitComment' | 'submitRating' | 'submitQuestion'

/** The request-context key a submission command sets on its own writes. */
export const SUBMISSION_COMMAND = 'submissionCommand'

/**
 * Public submissions (a comment or a question and its attachment, a rating): no one through any door — admin,
 * REST, GraphQL, the Local API with or without a user — only the command that checked the
 * submission first. It marks its own request's context, which REST and GraphQL cannot set.
 */
export function submittedBy(command: SubmissionCommand): Access {
  return ({ req }) => req?.context?.[SUBMISSION_COMMAND] === command
}
