import {
  beforeChangeTraverseFields,
  beforeValidateTraverseFields,
  buildVersionCollectionFields,
  deepCopyObjectSimple,
  type JsonObject,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  ValidationError,
} from 'payload'

type Id = number | string
type Row = Record<string, unknown>

interface DrizzleLike {
  name: string
  drizzle?: unknown
  tables: Record<string, { id: unknown }>
  tableNameMap: Map<string, string>
  versionsSuffix?: string
  sessions?: Record<string, { db: unknown }>
  insert: (args: { db: { insert: (t: unknown) => { values: (v: unknown) => { returning: (c: unknown) => Promise<Row[]> } } }; tableName: string; values: unknown; onConflictDoUpdate?: unknown }) => Promise<Row[]>
}

export interface BulkCreator {
  /**
   * Creates one document inside req's transaction exactly as `payload.create` does (field and
   * collection hooks, validation, the row, its version row), without reading the saved document
   * back. Returns the id and the saved data; `afterChange` is then called in the same transaction.
   */
  create: (data: Row, req: PayloadRequest) => Promise<{ id: Id; doc: Row; data: Row }>
  /**
   * Writes the child rows (relationships, array rows) the creates since the last flush held back,
   * one insert per table. Must run in the same transaction, before anything else reads or
   * changes those documents, and before the transaction commits.
   */
  flush: (req: PayloadRequest) => Promise<void>
  /** Forgets held child rows (their transaction was rolled back). */
  discard: () => void
  /** Runs the collection's afterChange hooks (content events) for a created document. */
  afterChange: (created: { doc: Row; data: Row }, req: PayloadRequest) => Promise<void>
}

/**
 * Returns the bulk creator for a collection on a SQL adapter (SQLite, PostgreSQL: Payload's
 * drizzle adapters), or null on other adapters (MongoDB), which keep the Local API path.
 *
 * Why: `payload.create` reads every saved document back (with its arrays and relationships) and
 * the adapter returns every column of each inserted row; for a 80 kB legal text that read-back is
 * most of the write time. Here the same hooks run in the same order, then the rows are written
 * through the adapter's own upsertRow with only the new id returned.
 */
export function bulkCreator(payload: Payload, slug: 'legal-documents'): BulkCreator | null {
  const adapter = payload.db as unknown as DrizzleLike
  if (!adapter.drizzle || !adapter.tableNameMap || typeof adapter.insert !== 'function') return null
  const collection = payload.collections[slug].config as SanitizedCollectionConfig
  if (collection.auth || collection.upload || payload.config.localization) return null
  // Imported once Payload runs on an SQL adapter, so drizzle's files resolve quickly (cms/module-resolution.ts).
  const drizzle = import('@payloadcms/drizzle')
  const snake = slug.replace(/-/g, '_')
  const tableName = adapter.tableNameMap.get(snake)
  const versionTableName = adapter.tableNameMap.get(`_${snake}${adapter.versionsSuffix ?? '_v'}`)
  if (!tableName || !versionTableName || !adapter.tables[tableName] || !adapter.tables[versionTableName]) return null
  const versionFields = buildVersionCollectionFields(payload.config, collection, true)
  const mainTables = new Set([tableName, versionTableName])
  // Child rows (relationships, array rows) can wait for the end of the batch when no nested
  // array, block or locale row needs the ids they get: then upsertRow never reads them back.
  const flat = (fields: readonly { type: string; fields?: unknown; blocks?: unknown; localized?: boolean }[]): boolean =>
    fields.every((f) => f.type !== 'blocks' && !f.localized && (f.type !== 'array' || ((f.fields as { type: string }[]) ?? []).every((sub) => sub.type !== 'array' && sub.type !== 'blocks')))
  const deferChildren = flat(collection.flattenedFields as never)
  const isChild = (name: string) => !mainTables.has(name) && (name.startsWith(`${tableName}_`) || name.startsWith(`${versionTableName}_`))
  const held = new Map<string, Row[]>()
  // The adapter, except that inserting a document or version row returns its id alone, and
  // child rows are held for one insert per table at flush.
  const idOnly = Object.create(adapter, {
    insert: {
      value: (args: Parameters<DrizzleLike['insert']>[0]) => {
        if (mainTables.has(args.tableName) && !args.onConflictDoUpdate && !Array.isArray(args.values)) {
          const table = adapter.tables[args.tableName]!
          return args.db.insert(table).values(args.values).returning({ id: table.id })
        }
        if (deferChildren && isChild(args.tableName) && Array.isArray(args.values) && !args.onConflictDoUpdate) {
          if (!held.has(args.tableName)) held.set(args.tableName, [])
          held.get(args.tableName)!.push(...(args.values as Row[]))
          return Promise.resolve([])
        }
        return adapter.insert(args)
      },
    },
  })
  const dbOf = async (req: PayloadRequest) => (req.transactionID && adapter.sessions?.[String(await req.transactionID)]?.db) || adapter.drizzle

  return {
    async create(incoming, req) {
      const context = req.context
      let data: JsonObject = { ...incoming }
      // The steps of Payload's create operation for a collection without auth, upload or locales.
      await beforeValidateTraverseFields({
        collection,
        context,
        data,
        doc: {},
        docForHooks: {},
        fields: collection.fields,
        global: null,
        operation: 'create',
        overrideAccess: true,
        parentIndexPath: '',
        parentIsLocalized: false,
        parentPath: '',
        parentSchemaPath: '',
        req,
        siblingData: data,
        siblingDoc: {},
      })
      for (const hook of collection.hooks.beforeValidate ?? []) data = (await hook({ collection, context, data, operation: 'create', originalDoc: {} as never, req })) || data
      for (const hook of collection.hooks.beforeChange ?? []) data = (await hook({ collection, context, data, operation: 'create', originalDoc: {} as never, req })) || data
      const result = deepCopyObjectSimple(data) as JsonObject
      const errors: { message: string; path: string }[] = []
      const mergeLocaleActions: (() => Promise<void> | void)[] = []
      await beforeChangeTraverseFields({
        collection,
        context,
        data: result,
        doc: {},
        docWithLocales: {},
        errors: errors as never,
        fieldLabelPath: '',
        fields: collection.fields,
        global: null,
        mergeLocaleActions,
        operation: 'create',
        overrideAccess: true,
        parentIndexPath: '',
        parentIsLocalized: false,
        parentPath: '',
        parentSchemaPath: '',
        req,
        siblingData: result,
        siblingDoc: {},
        siblingDocWithLocales: {},
        skipValidation: false,
      })
      if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
      for (const action of mergeLocaleActions) await action()
      // The adapter stamps createdAt; updatedAt is the column default: the same instant here.
      const now = new Date().toISOString()
      result.createdAt = now
      result.updatedAt = now
      const db = await dbOf(req)
      const { upsertRow } = await drizzle
      const versionData = deepCopyObjectSimple(result) as JsonObject
      const { id } = (await upsertRow({ adapter: idOnly, collectionSlug: slug, data: result, db: db as never, fields: collection.flattenedFields, ignoreResult: 'idOnly', operation: 'create', req, tableName })) as { id: Id }
      // The version row as saveVersion writes it for a new document (no older version to unmark).
      await upsertRow({
        adapter: idOnly,
        collectionSlug: slug,
        data: { autosave: false, createdAt: now, latest: true, parent: id, publishedLocale: undefined, snapshot: undefined, updatedAt: now, version: versionData },
        db: db as never,
        fields: versionFields,
        ignoreResult: 'idOnly',
        operation: 'create',
        req,
        tableName: versionTableName,
      })
      return { id, doc: { ...result, id }, data }
    },
    async flush(req) {
      const db = await dbOf(req)
      for (const [name, rows] of held) {
        held.delete(name)
        // Well under SQLite's and PostgreSQL's limits on bound values per statement.
        for (let i = 0; i < rows.length; i += 500) await adapter.insert({ db: db as never, tableName: name, values: rows.slice(i, i + 500) })
      }
    },
    discard() {
      held.clear()
    },
    async afterChange({ doc, data }, req) {
      for (const hook of collection.hooks.afterChange ?? []) await hook({ collection, context: req.context, data, doc, operation: 'create', previousDoc: {}, req })
    },
  }
}
