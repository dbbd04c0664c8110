/**
 * The notification streams as the unsubscribe page sees them: what a signed link stops, and
 * stopping it. The signature is the credential (no account, no cookie); nothing personal is read
 * back to the page.
 */
import { describeStream, type StreamView, unsubscribe, verifyUnsubscribeToken } from '../../../cms/notifications/unsubscribe'
import { payloadInstance } from './payload'

/** Returns what the link's stream is and whether mail still goes to it; null for a link that is not ours or names nothing. */
export async function unsubscribeView(token: string | null): Promise<StreamView | null> {
  const payload = await payloadInstance()
  const stream = verifyUnsubscribeToken(payload.secret, token)
  return stream ? describeStream(payload, stream) : null
}

/** Stops the link's stream; returns false for a link that is not ours or names nothing. */
export async function stopNotifications(token: string | null): Promise<boolean> {
  const payload = await payloadInstance()
  const stream = verifyUnsubscribeToken(payload.secret, token)
  return stream ? unsubscribe(payload, stream) : false
}
