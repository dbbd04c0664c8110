/** The handler of every API endpoint, by operation id (the same ids as the OpenAPI description). */
import type { HandlerTable } from '../context'
import { getAgency } from './getAgency'
import { getDocument } from './getDocument'
import { getDraft } from './getDraft'
import { listAgencies } from './listAgencies'
import { listDocuments } from './listDocuments'
import { listDraftComments } from './listDraftComments'
import { listDrafts } from './listDrafts'
import { search } from './search'

/** Handlers keyed by operation id; a missing one is a type error. */
export const HANDLERS: HandlerTable = {
  listDocuments,
  getDocument,
  listDrafts,
  getDraft,
  listDraftComments,
  listAgencies,
  getAgency,
  search,
}
