/**
 * The question form's POST: the HTTP side only. The body is read with a size limit here; the
 * submitQuestion command (cms/questions/commands) decides and stores; the page renders the
 * outcome (a 303 to the receipt, or the form again with the errors and the typed values).
 */
import { questionReceiptPath } from '../../../cms/lib/paths'
import { publicOrigin } from '../../../cms/lib/public-url'
import { submitQuestion, type SubmitQuestionResult } from '../../../cms/questions/commands/submitQuestion'
import { receiptKey } from '../../../cms/questions/status'
import { payloadInstance } from '../cms/payload'
import { readForm } from '../drafts/form-body'

/** The outcome the page renders. */
export type QuestionPostResult = Exclude<SubmitQuestionResult, { kind: 'accepted' }> | { kind: 'accepted'; code: string; location: string }

/** What the handler needs from the request. */
export interface QuestionPost {
  request: Request
  ip: string
  now?: Date
  /** Name signing the receipt e-mail; the portal's settings when omitted. */
  portalName?: string
}

/** Handles one POST of the question form. */
export async function handleQuestionPost({ request, ip, now = new Date(), portalName }: QuestionPost): Promise<QuestionPostResult> {
  const payload = await payloadInstance()
  const result = await submitQuestion(payload, { readForm: () => readForm(request), ip, now, origin: publicOrigin(), portalName })
  if (result.kind !== 'accepted') return result
  // The receipt's key lets this person (and no one guessing codes) see what they sent.
  return { kind: 'accepted', code: result.code, location: questionReceiptPath(result.code, receiptKey(payload.secret, result.code)) }
}
