import fs from 'node:fs'
import path from 'node:path'

import matter from 'gray-matter'

import { nfc } from '../lib/vietnamese'

/** A sample comment in a draft's front matter. */
export interface SampleComment {
  fullName: string
  email: string
  organisation?: string
  submitterCategory: 'individual' | 'business' | 'organisation'
  showName: boolean
  stance: 'agree' | 'disagree' | 'partlyAgree'
  article?: string
  body: string
  status: 'pending' | 'published' | 'hidden'
  hiddenReason?: string
  response?: { kind: 'accepted' | 'explained'; text: string }
}

/** One draft as written in content/drafts (Markdown with front matter; the body is the current text). */
export interface DraftRecord {
  file: string
  slug: string
  title: string
  summary?: string
  documentType: string
  draftingAgency: string
  receivingUnit: { name: string; address: string; email: string; phone?: string }
  /** Opening day relative to the seeding day (Vietnam calendar), e.g. -7. */
  opensInDays: number
  periodDays: number
  previousVersions: { text: string; changeNote?: string }[]
  changeNote?: string
  report?: { publishedInDays: number; summary?: string }
  comments: SampleComment[]
  fullText: string
  sample: boolean
}

/** Returns every draft record in the folder (files ending in .md), NFC, sorted by file name. */
export function readDraftFiles(dir: string): DraftRecord[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const file = path.join(dir, f)
      const { data, content } = matter(fs.readFileSync(file, 'utf8'))
      const previous = (data.previousVersions ?? []) as { file: string; changeNote?: string }[]
      return JSON.parse(
        nfc(
          JSON.stringify({
            ...data,
            file: f,
            fullText: content.trim(),
            previousVersions: previous.map((p) => ({ text: fs.readFileSync(path.join(dir, p.file), 'utf8').trim(), changeNote: p.changeNote })),
            comments: data.comments ?? [],
            sample: data.sample === true,
          }),
        ),
      ) as DraftRecord
    })
}
