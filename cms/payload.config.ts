import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
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
import { payloadSecret } from './secret'

export default buildConfig({
  secret: payloadSecret(),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  email: smtpEmailAdapter(),
  sharp,
  telemetry: false,
  hooks: { afterError: [mapInputErrors] },
  // Cookie-authenticated requests from any other origin are treated as anonymous (Payload's CSRF
  // allow-list); the server also refuses cross-origin writes outright (scripts/lib/server.ts).
  csrf: trustedOrigins(),
  // Absolute links Payload writes (mail) use the configured public address; unset, links stay relative.
  ...(publicHostConfigured() ? { serverURL: publicOrigin() } : {}),
  graphQL: { disable: true },
  // Every collection checks ids, query parameters and body shape first: bad input is a 4xx, never a 500.
  // Draft saves (which Payload does not validate) still hold only valid values.
  collections: collections.map((c) => ({
    ...c,
    hooks: {
      ...c.hooks,
      beforeOperation: [validateOperationInput, ...(c.hooks?.beforeOperation ?? [])],
      beforeChange: [...(c.versions && typeof c.versions === 'object' && c.versions.drafts ? [validateDraftValues] : []), ...(c.hooks?.beforeChange ?? [])],
    },
  })),
  jobs,
  globals: [Settings, Reporting],
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
  admin: {
    user: Users.slug,
    avatar: 'default',
    dateFormat: 'dd/MM/yyyy HH:mm',
    meta: { titleSuffix: ' – Quản trị cổng thông tin' },
    importMap: {
      baseDir: fromRoot('cms'),
      importMapFile: fromRoot('cms/app/(payload)/admin/importMap.js'),
    },
  },
  typescript: { outputFile: fromRoot('cms/payload-types.ts') },
})
