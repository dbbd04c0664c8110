import type { Access, CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { Agencies } from '../../../cms/collections/Agencies'
import { Directions } from '../../../cms/collections/Directions'
import { LawDissemination } from '../../../cms/collections/LawDissemination'
import { News } from '../../../cms/collections/News'
import { Pages } from '../../../cms/collections/Pages'
import { Plans } from '../../../cms/collections/Plans'
import { Projects } from '../../../cms/collections/Projects'
import { Ratings } from '../../../cms/collections/Ratings'
import { RatingTotals } from '../../../cms/collections/RatingTotals'
import { WorkSchedules } from '../../../cms/collections/WorkSchedules'

const WHO = ['anonymous', 'editor', 'approver', 'moderator', 'admin'] as const
const run = (access: Access | undefined, who: (typeof WHO)[number]) =>
  JSON.stringify(access!({ req: { user: who === 'anonymous' ? null : { id: 1, role: who, collection: 'users' } } } as never))
const P = JSON.stringify({ _status: { equals: 'published' } })
const row = (c: CollectionConfig, op: 'read' | 'create' | 'update' | 'delete') => WHO.map((w) => run(c.access?.[op], w))

describe('access to the Decree 43 sections and the agency directory', () => {
  for (const c of [Agencies, Pages, News, Directions, WorkSchedules, LawDissemination, Plans, Projects]) {
    it(`${c.slug}: the public reads published versions; editors write; approvers and admins delete`, () => {
      expect(row(c, 'read')).toEqual([P, 'true', 'true', 'true', 'true'])
      expect(row(c, 'create')).toEqual(['false', 'true', 'true', 'false', 'true'])
      expect(row(c, 'update')).toEqual(['false', 'true', 'true', 'false', 'true'])
      expect(row(c, 'delete')).toEqual(['false', 'false', 'true', 'false', 'true'])
      expect(c.versions).toBeTruthy()
    })
  }

  for (const c of [Ratings, RatingTotals]) {
    it(`${c.slug}: only administrators read; nobody writes through the API`, () => {
      expect(row(c, 'read')).toEqual(['false', 'false', 'false', 'false', 'true'])
      expect(row(c, 'create')).toEqual(Array(5).fill('false'))
      expect(row(c, 'update')).toEqual(Array(5).fill('false'))
    })
  }
})
