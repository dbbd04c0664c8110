/**
 * The follow pages' side of cms/follow: the sign-up form's lists and preselection, the sign-up
 * POST, confirmation and the manage page. Links are the credential; nothing personal beyond the
 * address the link was sent to is read back to a page.
 */
import { FOLLOW_FREQUENCIES } from '../../../cms/follow/targets'
import {
  confirmSubscription,
  type FollowChoice,
  type FollowResult,
  type ManageAction,
  manageSubscriptions,
  resolveChoice,
  subscribe,
  subscriptionOf,
  subscriptionsOf,
} from '../../../cms/follow/subscriptions'
import { followToken } from '../../../cms/follow/tokens'
import { readForm } from '../drafts/form-body'
import { payloadInstance } from './payload'

export type Option = { id: string; name: string }

/** The public lists the form offers: fields, issuers, document types. */
export async function followOptions(): Promise<{ fields: Option[]; issuers: Option[]; types: Option[] }> {
  const payload = await payloadInstance()
  const list = async (collection: 'fields' | 'issuers' | 'document-types') =>
    (await payload.find({ collection, depth: 0, pagination: false, sort: 'name', select: { name: true }, overrideAccess: false })).docs.map((d) => ({ id: String(d.id), name: String((d as { name: string }).name) }))
  const [fields, issuers, types] = await Promise.all([list('fields'), list('issuers'), list('document-types')])
  return { fields, issuers, types }
}

/** Returns the thing a link or a form names, or null. */
export async function followChoice(values: Record<string, string>): Promise<FollowChoice | null> {
  return resolveChoice(await payloadInstance(), values)
}

/** Handles the sign-up form's POST. */
export async function handleFollowPost(request: Request, ip: string): Promise<FollowResult> {
  const payload = await payloadInstance()
  const form = await readForm(request, 0).catch(() => null)
  const fields = form && (form.ok || form.reason === 'tooLarge') ? form.fields : {}
  return subscribe(payload, fields, ip)
}

/** Confirms a subscription from its link; returns the manage token of its address, or null. */
export async function confirmFollow(token: string | null): Promise<string | null> {
  const payload = await payloadInstance()
  const sub = await confirmSubscription(payload, token)
  return sub ? followToken(payload.secret, 'manage', sub.id, sub.email) : null
}

/** Whether a confirmation link is ours, and what it would confirm. */
export async function confirmView(token: string | null): Promise<{ label: string; confirmed: boolean } | null> {
  const payload = await payloadInstance()
  const sub = await subscriptionOf(payload, 'confirm', token)
  return sub ? { label: sub.label ?? '', confirmed: Boolean(sub.confirmed && !sub.stopped) } : null
}

/** One line of the manage page. */
export interface ManagedItem {
  id: string
  label: string
  frequency: string
  confirmed: boolean
}

/** The manage page's list for the address of a manage link, or null for a link that is not ours. */
export async function manageView(token: string | null): Promise<{ email: string; items: ManagedItem[] } | null> {
  const payload = await payloadInstance()
  const owner = await subscriptionOf(payload, 'manage', token)
  if (!owner) return null
  const items = (await subscriptionsOf(payload, owner.email)).map((s) => ({ id: String(s.id), label: s.label ?? '', frequency: s.frequency, confirmed: Boolean(s.confirmed) }))
  return { email: owner.email, items }
}

/** Applies one manage-page form post; returns false for a link or a line that is not the address's. */
export async function handleManagePost(request: Request, token: string | null): Promise<boolean> {
  const payload = await payloadInstance()
  const form = await readForm(request, 0).catch(() => null)
  const f = form && form.ok ? form.fields : {}
  const change: ManageAction | null =
    f['hanh-dong'] === 'ngung-tat-ca'
      ? { action: 'stopAll' }
      : f['hanh-dong'] === 'ngung'
        ? { action: 'stop', id: f.id ?? '' }
        : f['hanh-dong'] === 'tan-suat'
          ? { action: 'frequency', id: f.id ?? '', frequency: f['tan-suat'] ?? '' }
          : null
  return change ? manageSubscriptions(payload, token, change) : false
}

export { FOLLOW_FREQUENCIES }
