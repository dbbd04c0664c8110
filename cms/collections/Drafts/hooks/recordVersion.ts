import type { CollectionAfterChangeHook } from 'payload'

import { renderDraftText, textChanged } from '../../../consultation/drafts/render-version'

/**
 * Publishing a draft whose text changed creates the next public version (1, 2, 3…) with its
 * text rendered once and kept forever, so comments stay pinned to the text they were made on
 * and anyone can compare versions. Saving a draft (unpublished) never creates a version.
 */
export const recordVersion: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (doc._status !== 'published' || context.skipDraftVersion) return doc
  const { docs } = await req.payload.find({
    collection: 'draft-versions',
    where: { draft: { equals: doc.id } },
    sort: '-number',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const latest = docs[0]
  if (latest && !textChanged(latest.fullText, doc.fullText)) return doc
  const rendered = renderDraftText(doc.fullText ?? '')
  const number = (latest?.number ?? 0) + 1
  await req.payload.create({
    collection: 'draft-versions',
    data: {
      draft: doc.id,
      number,
      title: `${doc.title} – phiên bản ${number}`,
      fullText: String(doc.fullText ?? '').normalize('NFC'),
      bodyHtml: rendered.bodyHtml,
      toc: rendered.toc,
      articles: rendered.articles,
      changeNote: doc.changeNote || null,
      publishedAt: new Date().toISOString(),
    },
    req,
    overrideAccess: true,
  })
  return doc
}
