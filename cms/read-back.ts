import type { DatabaseAdapterObj, RequestContext, SelectType } from 'payload'

/**
 * The request context key naming, per collection, the only fields a create reads back (a
 * Payload select). Payload's create re-reads the whole row it wrote, joins included; the comment
 * intake needs the new comment's code and state only, so its create asks the adapter for those.
 */
export const READ_BACK = 'readBack'

/** Returns the context entry asking creates in `collection` to read back only `select`. */
export function readBack(collection: string, select: SelectType): RequestContext {
  return { [READ_BACK]: { [collection]: select } }
}

/** Wraps the adapter so a create whose request asks for it reads back only the fields named. */
export function withReadBack(obj: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = obj.init
  return {
    ...obj,
    init: (args) => {
      const db = init(args)
      const create = db.create.bind(db)
      db.create = (a) => {
        const wanted = (a.req?.context?.[READ_BACK] as Record<string, SelectType> | undefined)?.[a.collection]
        return create(wanted && !a.select ? { ...a, select: wanted } : a)
      }
      return db
    },
  }
}
