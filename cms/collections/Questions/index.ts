import type { CollectionConfig } from 'payload'

import { administrators, answerers, hiddenUnless, only, publishedQuestionOr, submittedBy } from '../../access/policy'
import { queueQuestionNotifications } from '../../notifications/hooks'
import { answerFields, askerFields, handlingFields, intakeFields, internalFields, questionFields } from './fields'
import { applyTransition } from './hooks/applyTransition'
import { auditTransition } from './hooks/auditTransition'
import { removeAttachment } from './hooks/removeAttachment'
import { stampIntake } from './hooks/stampIntake'

export const QUESTIONS_SLUG = 'questions'

/**
 * Citizens' questions and the agency's answers (hỏi – đáp; Decree 43/2011 Art 15.2, 17.1.đ: an
 * answer within 15 working days). They arrive only through the submitQuestion command
 * (cms/questions/commands: validated, sanitised, rate-limited; numbered and given their due day
 * by stampIntake) and follow received → assigned → answered → published, or declined with a
 * reason the asker sees (applyTransition, every door). Only an answered question whose asker
 * agreed is ever public, and then without the asker's name, e-mail, phone or attachment.
 */
export const Questions: CollectionConfig = {
  slug: QUESTIONS_SLUG,
  labels: { singular: 'Câu hỏi', plural: 'Hỏi – đáp' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['trackingCode', 'title', 'status', 'deadline', 'dueDate', 'assignedUnit', 'assignedTo', 'receivedAt'],
    group: 'Hỏi – đáp',
    listSearchableFields: ['trackingCode', 'title', 'email', 'askerName'],
    description: 'Câu hỏi của người dân, doanh nghiệp: trả lời trong 15 ngày làm việc. Lọc theo Trạng thái và Hạn trả lời để thấy câu hỏi sắp đến hạn, quá hạn.',
    hidden: hiddenUnless(answerers),
  },
  access: { read: publishedQuestionOr(answerers), create: submittedBy('submitQuestion'), update: only(answerers), delete: only(administrators) },
  defaultSort: 'dueDate',
  // The public list reads published questions newest first; the work queue open ones by due day.
  indexes: [{ fields: ['status', 'publishedAt'] }, { fields: ['status', 'dueDate'] }],
  hooks: {
    beforeChange: [stampIntake, applyTransition],
    afterChange: [auditTransition, queueQuestionNotifications],
    afterDelete: [removeAttachment],
  },
  fields: [...intakeFields, ...questionFields, ...askerFields, ...handlingFields, ...answerFields, ...internalFields],
}
