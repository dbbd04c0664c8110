import type { CollectionConfig } from 'payload'

import { AuditLog } from '../audit/collection'
import { LoginAttempts } from '../auth/throttle'
import { Agencies } from './Agencies'
import { CommentFiles } from './CommentFiles'
import { Comments } from './Comments'
import { Directions } from './Directions'
import { Disclosures } from './Disclosures'
import { DocumentTypes } from './DocumentTypes'
import { DocumentCitations } from './DocumentCitations'
import { DocumentEffects } from './DocumentEffects'
import { Drafts } from './Drafts'
import { DraftVersions } from './DraftVersions'
import { Fields } from './Fields'
import { Holidays } from './Holidays'
import { Directive15Figures } from './Directive15Figures'
import { Issuers } from './Issuers'
import { LawDissemination } from './LawDissemination'
import { LegalDocuments } from './LegalDocuments'
import { Media } from './Media'
import { ModerationLog } from './ModerationLog'
import { News } from './News'
import { Notifications } from './Notifications'
import { Pages } from './Pages'
import { Plans } from './Plans'
import { Projects } from './Projects'
import { PublicServices } from './PublicServices'
import { QuestionFiles } from './QuestionFiles'
import { Questions } from './Questions'
import { Ratings } from './Ratings'
import { RatingTotals } from './RatingTotals'
import { SciencePrograms } from './SciencePrograms'
import { SectorStatistics } from './SectorStatistics'
import { Subscriptions } from './Subscriptions'
import { Users } from './Users'
import { WorkSchedules } from './WorkSchedules'

/** Every collection of the portal, in the order the admin's navigation shows them. */
export const collections: CollectionConfig[] = [
  LegalDocuments,
  DocumentEffects,
  DocumentCitations,
  Drafts,
  DraftVersions,
  Comments,
  CommentFiles,
  ModerationLog,
  Questions,
  QuestionFiles,
  DocumentTypes,
  Issuers,
  Fields,
  Agencies,
  Pages,
  News,
  Directions,
  WorkSchedules,
  LawDissemination,
  Plans,
  Projects,
  SciencePrograms,
  SectorStatistics,
  PublicServices,
  Disclosures,
  RatingTotals,
  Ratings,
  Media,
  Users,
  Holidays,
  Directive15Figures,
  AuditLog,
  LoginAttempts,
  Notifications,
  Subscriptions,
]
