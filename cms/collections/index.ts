import type { CollectionConfig } from 'payload'

import { DocumentTypes } from './DocumentTypes'
import { Fields } from './Fields'
import { Issuers } from './Issuers'
import { LegalDocuments } from './LegalDocuments'
import { Media } from './Media'
import { Users } from './Users'

/** Every collection of the portal, in the order the admin's navigation shows them. */
export const collections: CollectionConfig[] = [
  LegalDocuments,
  DocumentTypes,
  Issuers,
  Fields,
  Media,
  Users,
]
