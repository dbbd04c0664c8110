import type { CollectionConfig } from 'payload'

import { publishableContent } from '../../access/policy'
import { auditPublication, guardPublication } from '../../audit/hooks'
import { normaliseDates } from '../../hooks/normaliseDates'
import { legalDocumentFields } from './fields'
import { cascadeValidity, cascadeValidityOnDelete, computeValidityOnSave } from './hooks/computeValidity'
import { deriveNumberSymbol } from './hooks/deriveNumberSymbol'
import { guardWorkflow } from './hooks/guardWorkflow'
import { readFullTextForRendering, renderFullText } from './hooks/renderFullText'
import { textFromFile } from './hooks/textFromFile'
import { queueOcr } from '../../jobs/ocrDocumentText'
import { queueDocumentFollow } from '../../follow/hooks'
import { requireTextOrOriginal } from './hooks/requireTextOrOriginal'
import { proposeEffectsEndpoint } from '../DocumentEffects/propose'
import { consolidateEndpoint } from './consolidate'
import { recordCitationsAfterChange, recordCitationsAfterDelete } from '../DocumentCitations'

export const LEGAL_DOCUMENTS_SLUG = 'legal-documents'

export const LegalDocuments: CollectionConfig = {
  slug: LEGAL_DOCUMENTS_SLUG,
  labels: { singular: 'Văn bản', plural: 'Văn bản pháp luật' },
  admin: {
    useAsTitle: 'numberSymbol',
    defaultColumns: ['numberSymbol', 'summary', 'issuedAt', 'workflowState', 'validity'],
    group: 'Văn bản',
    listSearchableFields: ['numberSymbol', 'summary', 'signerName'],
    preview: (doc) => (doc?.id ? `/xem-truoc/van-ban/${doc.id}` : null),
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  // Unique on (issuer, type, year, number): the number key folds the rest of the symbol.
  indexes: [{ fields: ['numberKey', 'issuer'], unique: true }],
  access: publishableContent,
  hooks: {
    beforeOperation: [guardPublication, readFullTextForRendering],
    beforeValidate: [normaliseDates(['issuedAt', 'effectiveAt', 'expiresAt', 'gazetteDate']), deriveNumberSymbol],
    beforeChange: [guardWorkflow, textFromFile, requireTextOrOriginal, renderFullText, computeValidityOnSave],
    afterChange: [auditPublication, cascadeValidity, queueOcr, queueDocumentFollow, recordCitationsAfterChange],
    afterDelete: [cascadeValidityOnDelete, recordCitationsAfterDelete],
  },
  endpoints: [proposeEffectsEndpoint, consolidateEndpoint],
  fields: legalDocumentFields,
}
