import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { announceChangeHook, announceDeleteHook, lockFeedBeforeWrite, type FeedFilter } from './feed/append'
import { ChangeFeed, PortalProcesses } from './feed/collections'
import { Users } from './collections/Users'
import { databaseAdapter } from './db'
import { smtpEmailAdapter } from './email/smtpAdapter'
import { Reporting } from './globals/Reporting'
import { Settings } from './globals/Settings'
import { jobs } from './jobs'
import { fromRoot } from './paths'
import { mapInputErrors } from './lib/rest-errors'
import { validateDraftValues } from './hooks/validateDraftValues'
import { validateOperationInput } from './lib/rest-input'
import { publicHostConfigured, publicOrigin, trustedOrigins } from './lib/public-url'
import { inVietnamTime, zoneColumnsOptional } from './lib/admin-dates'
import { payloadSecret } from './secret'

/**
 * Collections whose changes no reader sees, so they are not in the change feed: bookkeeping,
 * private files, per-visitor rows (their totals are read fresh), accounts.
 */
const NOT_FED = new Set(['audit-log', 'login-attempts', 'moderation-log', 'comment-files', 'question-files', 'ratings', 'rating-totals', 'users', 'notifications', 'document-citations'])

/** Comments reach the feed once the public can see them (published or hidden with a reason); a new comment is pending. */
const commentVisible: FeedFilter = (doc, previous) => doc.status !== 'pending' || (previous?.status != null && previous.status !== 'pending')
/** Questions reach the feed when they are published or taken down; the rest of their handling is internal. */
const questionVisible: FeedFilter = (doc, previous) => doc.status === 'published' || previous?.status === 'published'
const FEED_FILTERS: Record<string, FeedFilter> = { comments: commentVisible, questions: questionVisible }

// A promise, like buildConfig's own answer: the database adapter's package is loaded once chosen.
export default databaseAdapter().then((db) => buildConfig({
  secret: payloadSecret(),
  db,
  editor: lexicalEditor(),
  email: smtpEmailAdapter(),
  sharp,
  telemetry: false,
  hooks: { afterError: [mapInputErrors] },
  // Cookie-authenticated requests from any other origin are treated as anonymous (Payload's CSRF
  // allow-list); the server also refuses cross-origin writes outright (server/server.ts).
  csrf: trustedOrigins(),
  // Absolute links Payload writes (mail) use the configured public address; unset, links stay relative.
  ...(publicHostConfigured() ? { serverURL: publicOrigin() } : {}),
  graphQL: { disable: true },
  // Every collection checks ids, query parameters and body shape first: bad input is a 4xx, never a 500.
  // Draft saves (which Payload does not validate) still hold only valid values.
  // Every change of content appends to the change feed in its own transaction (cms/feed/).
  collections: [
    ...collections.map((c) => {
      const fed = !NOT_FED.has(c.slug)
      const drafts = Boolean(c.versions && typeof c.versions === 'object' && c.versions.drafts)
      return {
        ...c,
        fields: inVietnamTime(c.fields),
        // Publishable content: the Publish button only for those who may publish.
        ...(drafts ? { admin: { ...c.admin, components: { ...c.admin?.components, edit: { ...c.admin?.components?.edit, PublishButton: '/admin/PublishForPublishers#PublishForPublishers' } } } } : {}),
        hooks: {
          ...c.hooks,
          beforeOperation: [validateOperationInput, ...(fed ? [lockFeedBeforeWrite] : []), ...(c.hooks?.beforeOperation ?? [])],
          beforeChange: [...(c.versions && typeof c.versions === 'object' && c.versions.drafts ? [validateDraftValues] : []), ...(c.hooks?.beforeChange ?? [])],
          afterChange: [...(c.hooks?.afterChange ?? []), ...(fed ? [announceChangeHook(FEED_FILTERS[c.slug])] : [])],
          afterDelete: [...(c.hooks?.afterDelete ?? []), ...(fed ? [announceDeleteHook(FEED_FILTERS[c.slug])] : [])],
        },
      }
    }),
    ChangeFeed,
    PortalProcesses,
  ],
  jobs,
  globals: [Settings, Reporting].map((g) => ({ ...g, fields: inVietnamTime(g.fields) })),
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
  admin: {
    user: Users.slug,
    avatar: 'default',
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Each role's work queue above the collection cards (cms/admin/WorkQueues.tsx).
    components: { beforeDashboard: ['/admin/WorkQueues#WorkQueues'] },
    meta: { titleSuffix: ' – Quản trị cổng thông tin' },
    importMap: {
      baseDir: fromRoot('cms'),
      importMapFile: fromRoot('cms/app/(payload)/admin/importMap.js'),
    },
  },
  typescript: { outputFile: fromRoot('cms/payload-types.ts'), schema: [zoneColumnsOptional as never] },
}))
