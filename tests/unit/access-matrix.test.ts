import { readFileSync } from 'node:fs'

import type { Access, CollectionConfig, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { Agencies } from '../../cms/collections/Agencies'
import { CommentFiles } from '../../cms/collections/CommentFiles'
import { Comments } from '../../cms/collections/Comments'
import { DocumentTypes } from '../../cms/collections/DocumentTypes'
import { Drafts } from '../../cms/collections/Drafts'
import { DraftVersions } from '../../cms/collections/DraftVersions'
import { Holidays } from '../../cms/collections/Holidays'
import { ModerationLog } from '../../cms/collections/ModerationLog'
import { QuestionFiles } from '../../cms/collections/QuestionFiles'
import { Questions } from '../../cms/collections/Questions'
import { News } from '../../cms/collections/News'
import { Notifications } from '../../cms/collections/Notifications'
import { Ratings } from '../../cms/collections/Ratings'
import { Fields } from '../../cms/collections/Fields'
import { Issuers } from '../../cms/collections/Issuers'
import { LegalDocuments } from '../../cms/collections/LegalDocuments'
import { Media } from '../../cms/collections/Media'
import { Users } from '../../cms/collections/Users'
import { Settings } from '../../cms/globals/Settings'
import { ACCESS_TABLE_PATH, accessTable } from '../../scripts/docs-access'

type Who = 'anonymous' | 'editor' | 'approver' | 'moderator' | 'admin'
type Op = 'create' | 'read' | 'update' | 'delete'
/** true = allowed, false = denied, 'published' = only published versions, 'self' = only own record,
 * 'public comments' = only published comments and the stubs of hidden ones, 'published questions' = only
 * questions published with their answer. */
type Expect = boolean | 'published' | 'self' | 'public comments' | 'published questions'

const WHO: Who[] = ['anonymous', 'editor', 'approver', 'moderator', 'admin']

function run(access: Access | undefined, who: Who): unknown {
  const user = who === 'anonymous' ? null : { id: 7, role: who, collection: 'users' }
  return access!({ req: { user } as never } as never)
}

function classify(result: unknown): Expect {
  if (result === true || result === false) return result
  const json = JSON.stringify(result)
  if (json === JSON.stringify({ _status: { equals: 'published' } })) return 'published'
  if (json === JSON.stringify({ id: { equals: 7 } })) return 'self'
  if (json === JSON.stringify({ status: { in: ['published', 'hidden'] } })) return 'public comments'
  if (json === JSON.stringify({ status: { equals: 'published' } })) return 'published questions'
  throw new Error(`unexpected access result ${json}`)
}

// Rows: collection × operation; columns: anonymous, editor, approver, moderator, admin.
// Reference data carrying legal rules (types, issuers, fields): approvers and administrators change it.
const reference: Record<Op, Expect[]> = {
  read: [true, true, true, true, true],
  create: [false, false, true, false, true],
  update: [false, false, true, false, true],
  delete: [false, false, true, false, true],
}
const matrix: [CollectionConfig, Record<Op, Expect[]>][] = [
  [
    LegalDocuments,
    {
      read: ['published', true, true, true, true],
      create: [false, true, true, false, true],
      update: [false, true, true, false, true],
      delete: [false, false, true, false, true],
    },
  ],
  [DocumentTypes, reference],
  [Drafts, { read: ['published', true, true, true, true], create: [false, true, true, false, true], update: [false, true, true, false, true], delete: [false, false, true, false, true] }],
  [Agencies, { read: ['published', true, true, true, true], create: [false, true, true, false, true], update: [false, true, true, false, true], delete: [false, false, true, false, true] }],
  [News, { read: ['published', true, true, true, true], create: [false, true, true, false, true], update: [false, true, true, false, true], delete: [false, false, true, false, true] }],
  // Comments arrive only through the public form (server code); nothing is ever deleted.
  [Comments, { read: ['public comments', 'public comments', true, true, true], create: [false, false, false, false, false], update: [false, false, true, true, true], delete: [false, false, false, false, false] }],
  [CommentFiles, { read: [false, false, true, true, true], create: [false, false, false, false, false], update: [false, false, false, false, false], delete: [false, false, false, false, false] }],
  // Questions arrive only through the public form (server code); every staff role answers them (publishing is checked in a hook).
  [Questions, { read: ['published questions', true, true, true, true], create: [false, false, false, false, false], update: [false, true, true, true, true], delete: [false, false, false, false, true] }],
  [QuestionFiles, { read: [false, true, true, true, true], create: [false, false, false, false, false], update: [false, false, false, false, false], delete: [false, false, false, false, false] }],
  [DraftVersions, { read: [true, true, true, true, true], create: [false, false, false, false, false], update: [false, false, false, false, false], delete: [false, false, false, false, false] }],
  [ModerationLog, { read: [false, false, false, false, true], create: [false, false, false, false, false], update: [false, false, false, false, false], delete: [false, false, false, false, false] }],
  // The notification outbox: written by server code only (no address or text in it), read by administrators.
  [Notifications, { read: [false, false, false, false, true], create: [false, false, false, false, false], update: [false, false, false, false, false], delete: [false, false, false, false, false] }],
  [Ratings, { read: [false, false, false, false, true], create: [false, false, false, false, false], update: [false, false, false, false, false], delete: [false, false, false, false, true] }],
  [Holidays, { read: [true, true, true, true, true], create: [false, false, false, false, true], update: [false, false, false, false, true], delete: [false, false, false, false, true] }],
  [Issuers, reference],
  [Fields, reference],
  // Editors upload files; replacing or deleting one (it may sit under a published document) is an approver's call.
  [Media, { read: [true, true, true, true, true], create: [false, true, true, false, true], update: [false, false, true, false, true], delete: [false, false, true, false, true] }],
  [
    Users,
    {
      read: [false, 'self', 'self', 'self', true],
      create: [false, false, false, false, true],
      update: [false, 'self', 'self', 'self', true],
      delete: [false, false, false, false, true],
    },
  ],
]

describe('access matrix (role × collection × operation)', () => {
  for (const [collection, ops] of matrix) {
    for (const op of Object.keys(ops) as Op[]) {
      it(`${collection.slug} ${op}`, () => {
        const got = WHO.map((who) => classify(run(collection.access?.[op], who)))
        expect(Object.fromEntries(WHO.map((w, i) => [w, got[i]]))).toEqual(Object.fromEntries(WHO.map((w, i) => [w, ops[op][i]])))
      })
    }
  }

  it('settings: everyone reads, only administrators update', () => {
    const g = Settings as GlobalConfig
    expect(WHO.map((w) => run(g.access?.read as Access, w))).toEqual([true, true, true, true, true])
    expect(WHO.map((w) => run(g.access?.update as Access, w))).toEqual([false, false, false, false, true])
  })

  it('docs/access-table.md is the table generated from these rules (regenerate: npx tsx scripts/docs-access.ts)', async () => {
    expect(readFileSync(ACCESS_TABLE_PATH, 'utf8')).toBe(await accessTable())
  })
})
