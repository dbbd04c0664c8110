import type { CreateArgs, DatabaseAdapterObj, RequestContext, SelectType } from 'payload'

/**
 * Payload's create re-reads the whole row it wrote, joins included, to hand back the document.
 * The comment intake (hundreds a second in a campaign) needs only the new comment's code and
 * state, so its creates name the fields to read back (a select per collection in the request
 * context) and the adapter reads just those. Access rules, validation and hooks run as always.
 */

const KEY = 'readBack'

/** Returns the request context asking creates in `collection` to read back only `select`. */
export function readBack(collection: string, select: SelectType): RequestContext {
  return { [KEY]: { [collection]: select } }
}

/** Wraps the adapter's create so a create whose request asks for it reads back only those fields. */
export function withReadBack(obj: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = obj.init
  return {
    ...obj,
    init: (args) => {
      const db = init(args)
      const create = db.create.bind(db)
      db.create = (a: CreateArgs) => {
        const wanted = (a.req?.context?.[KEY] as Record<string, SelectType> | undefined)?.[a.collection]
        return create(wanted && !a.select ? { ...a, select: wanted } : a)
      }
      return db
    },
  }
}
