import type { CollectionConfig } from 'payload'

import { answerers, hiddenUnless, nobody, only, submittedBy } from '../access/policy'
import { uploadsDir } from '../paths'

export const QUESTION_FILES_SLUG = 'question-files'

/**
 * Attachments sent with citizens' questions. Like comment attachments they may carry personal
 * data, so only staff who answer questions open them; the type was verified from the content
 * on intake, and only the submitQuestion command creates them, with the question in one
 * transaction. A question's deletion removes its file (cms/collections/Questions).
 */
export const QuestionFiles: CollectionConfig = {
  slug: QUESTION_FILES_SLUG,
  labels: { singular: 'Tệp câu hỏi', plural: 'Tệp đính kèm câu hỏi' },
  admin: { group: 'Hỏi – đáp', hidden: hiddenUnless(answerers) },
  access: { read: only(answerers), create: submittedBy('submitQuestion'), update: nobody, delete: nobody },
  upload: {
    staticDir: `${uploadsDir()}/question-files`,
    mimeTypes: ['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  fields: [],
}
