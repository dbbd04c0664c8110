import fs from 'node:fs'
import path from 'node:path'

import matter from 'gray-matter'

import { nfc } from '../lib/vietnamese'

/** One document as written in content/ (Markdown with front matter, or JSON). */
export interface DocumentRecord {
  numberSymbol: string
  documentType: string
  issuer: string
  issuedAt: string
  effectiveAt?: string
  expiresAt?: string
  signerName?: string
  signerTitle?: string
  summary: string
  fields?: string[]
  gazetteNumber?: string
  gazetteDate?: string
  language?: 'vi' | 'en'
  notes?: string
  relations?: { type: string; target: string; article?: string; effectiveAt?: string }[]
  status?: 'draft' | 'published'
  fullText?: string
  /** A seed illustration: marked "dữ liệu mẫu" wherever the document appears. */
  sample?: boolean
  /** Files to attach, by path relative to the record's file (the signed original, annexes). */
  attachments?: { file: string; label: string; kind?: 'original' | 'annex' | 'other' }[]
}

export interface RecordError {
  file: string
  field: string
  reason: string
}

const REQUIRED: (keyof DocumentRecord)[] = ['numberSymbol', 'documentType', 'issuer', 'issuedAt', 'summary']
const DATE_FIELDS: (keyof DocumentRecord)[] = ['issuedAt', 'effectiveAt', 'expiresAt', 'gazetteDate']

function normalise(value: unknown): unknown {
  if (typeof value === 'string') return nfc(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]))
  return value
}

/** Checks one record; returns the problems found, each naming the field. */
export function validateRecord(record: Partial<DocumentRecord>, file: string): RecordError[] {
  const errors: RecordError[] = []
  for (const field of REQUIRED) {
    if (typeof record[field] !== 'string' || !(record[field] as string).trim()) errors.push({ file, field, reason: 'bắt buộc nhưng đang trống' })
  }
  for (const field of DATE_FIELDS) {
    const v = record[field]
    if (v !== undefined && (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))))
      errors.push({ file, field, reason: `ngày không hợp lệ "${String(v)}" (cần dạng YYYY-MM-DD)` })
  }
  if (record.fields !== undefined && !Array.isArray(record.fields)) errors.push({ file, field: 'fields', reason: 'phải là danh sách' })
  if (record.attachments !== undefined) {
    if (!Array.isArray(record.attachments)) errors.push({ file, field: 'attachments', reason: 'phải là danh sách' })
    else record.attachments.forEach((a, i) => {
      if (!a || typeof a.file !== 'string' || typeof a.label !== 'string') errors.push({ file, field: `attachments[${i}]`, reason: 'cần "file" và "label"' })
      else if (!fs.existsSync(path.resolve(path.dirname(file), a.file))) errors.push({ file, field: `attachments[${i}].file`, reason: `không có tệp "${a.file}"` })
      else if (a.kind !== undefined && !['original', 'annex', 'other'].includes(a.kind)) errors.push({ file, field: `attachments[${i}].kind`, reason: 'phải là original, annex hoặc other' })
    })
  }
  if (record.relations !== undefined) {
    if (!Array.isArray(record.relations)) errors.push({ file, field: 'relations', reason: 'phải là danh sách' })
    else record.relations.forEach((r, i) => {
      if (!r || typeof r.type !== 'string' || typeof r.target !== 'string') errors.push({ file, field: `relations[${i}]`, reason: 'cần "type" và "target"' })
    })
  }
  return errors
}

/** Reads a .md (front matter + full text) or .json file into records (a JSON file may hold an array). */
export function readDocumentFile(file: string): { records: DocumentRecord[]; errors: RecordError[] } {
  const raw = fs.readFileSync(file, 'utf8')
  let items: Partial<DocumentRecord>[]
  try {
    if (path.extname(file).toLowerCase() === '.json') {
      const parsed: unknown = JSON.parse(raw)
      items = (Array.isArray(parsed) ? parsed : [parsed]) as Partial<DocumentRecord>[]
    } else {
      const { data, content } = matter(raw)
      items = [{ ...(data as Partial<DocumentRecord>), fullText: content.trim() || undefined }]
    }
  } catch (err) {
    return { records: [], errors: [{ file, field: '(tệp)', reason: `không đọc được: ${(err as Error).message.split('\n')[0]}` }] }
  }
  const records: DocumentRecord[] = []
  const errors: RecordError[] = []
  items.forEach((item, i) => {
    const record = normalise(item) as Partial<DocumentRecord>
    const label = items.length > 1 ? `${file}#${i + 1}` : file
    const problems = validateRecord(record, label)
    if (problems.length) errors.push(...problems)
    else records.push(record as DocumentRecord)
  })
  return { records, errors }
}

/** Lists the document files (.md, .json) under a file or folder, sorted. */
export function listDocumentFiles(target: string): string[] {
  const stat = fs.statSync(target)
  if (stat.isFile()) return [target]
  return fs
    .readdirSync(target, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|json)$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort()
}
