import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { ROLE_OPTIONS, ROLES, type Role } from '../cms/access/policy'
import { collections } from '../cms/collections'
import { ChangeFeed, PortalProcesses } from '../cms/feed/collections'
import { Reporting } from '../cms/globals/Reporting'
import { Settings } from '../cms/globals/Settings'
import { jobs } from '../cms/jobs'
import { fromRoot } from '../cms/paths'

/**
 * Writes docs/access-table.md: who may do what, collection × operation × role, found by calling
 * the configured access rules with a fake user of each role and an anonymous visitor, so the
 * table cannot drift from the code (tests/unit/access-matrix.test.ts compares it).
 * Run: npx tsx scripts/docs-access.ts
 */

export const ACCESS_TABLE_PATH = fromRoot('docs/access-table.md')

type Who = Role | 'anonymous'
/** Columns, from no rights to all (the order of docs/access.md). */
const WHO: Who[] = ['anonymous', 'editor', 'approver', 'moderator', 'admin']
if (!ROLES.every((r) => WHO.includes(r))) throw new Error('docs-access: a role is missing from the table columns')
const USER_ID = 7

type AnyRule = (args: Record<string, unknown>) => unknown

function reqFor(who: Who) {
  const user = who === 'anonymous' ? null : { id: USER_ID, role: who, collection: 'users' }
  return { user, headers: new Headers(), context: {} }
}

/** Where results a rule may return, by what they let through. */
const WHERE_LABELS = new Map<string, string>([
  [JSON.stringify({ _status: { equals: 'published' } }), 'published only'],
  [JSON.stringify({ status: { in: ['published', 'hidden'] } }), 'published comments and hidden stubs'],
  [JSON.stringify({ status: { equals: 'published' } }), 'published questions'],
  [JSON.stringify({ status: { equals: 'confirmed' } }), 'confirmed effects'],
  [JSON.stringify({ status: { not_equals: 'confirmed' } }), 'effects not yet confirmed'],
  [JSON.stringify({ id: { equals: USER_ID } }), 'own account'],
])

function label(result: unknown): string {
  if (result === true) return '✓'
  if (!result) return '—'
  const known = WHERE_LABELS.get(JSON.stringify(result))
  if (!known) throw new Error(`docs-access: name the access result ${JSON.stringify(result)} in WHERE_LABELS`)
  return known
}

/** A collection or global operation; an absent rule is Payload's default: any signed-in user. */
async function operationCell(rule: AnyRule | undefined, who: Who, op: string): Promise<string> {
  const req = reqFor(who)
  if (!rule) return label(Boolean(req.user))
  const plain = label(await rule({ req }))
  // Payload asks create/update rules with the data; `_status: published` is publishing.
  if ((op === 'create' || op === 'update') && plain === '✓' && !(await rule({ req, data: { _status: 'published' } }))) return 'drafts only (never publishes)'
  return plain
}

/** Documents a field rule may depend on, weakest first; the first one it allows names the condition. */
const FIELD_PROBES: [string, Record<string, unknown>][] = [
  ['if published', { status: 'published', _status: 'published' }],
  ['if published and the name is shown', { status: 'published', _status: 'published', showName: true }],
]

async function fieldCell(rule: AnyRule, who: Who): Promise<string> {
  const req = reqFor(who)
  const args = { req, data: {}, siblingData: {} }
  if (await rule({ ...args, doc: undefined })) return '✓'
  for (const [condition, doc] of FIELD_PROBES) {
    if (!(await rule({ ...args, doc }))) continue
    const purged = await rule({ ...args, doc: { ...doc, purgedAt: '2026-01-01T00:00:00.000Z' } })
    return purged ? condition : `${condition}, not purged`
  }
  return '—'
}

const cells = (values: string[]) => `| ${values.join(' | ')} |`
const header = (first: string[]) => [
  cells([...first, ...WHO.map((w) => (w === 'anonymous' ? 'anonymous' : `${w} (${ROLE_OPTIONS.find((o) => o.value === w)!.label.toLowerCase()})`))]),
  cells([...first, ...WHO].map(() => '---')),
]

const code = (s: string) => `\`${s}\``

type Row = [op: string, cells: string[]]

/** Folds neighbouring operations with the same answers into one row ("create, update"). */
function fold(rows: Row[]): Row[] {
  const out: Row[] = []
  for (const [op, row] of rows) {
    const last = out.at(-1)
    if (last && JSON.stringify(last[1]) === JSON.stringify(row)) last[0] = `${last[0]}, ${op}`
    else out.push([op, row])
  }
  return out
}

/** Rows of one entity: its operations, each with a cell per role. */
async function entityRows(access: Record<string, unknown> | undefined, ops: string[]): Promise<Row[]> {
  const rows: Row[] = []
  for (const op of ops) {
    const rule = access?.[op] as AnyRule | undefined
    rows.push([op, await Promise.all(WHO.map((w) => operationCell(rule, w, op)))])
  }
  return fold(rows)
}

/** Entities with the same rows share one block, so the table shows how few kinds of rule there are. */
async function groupedTable(entities: { name: string; access?: Record<string, unknown>; ops: string[] }[], first: string): Promise<string[]> {
  const blocks = new Map<string, { names: string[]; rows: Row[] }>()
  for (const e of entities) {
    const rows = await entityRows(e.access, e.ops)
    const key = JSON.stringify(rows)
    const block = blocks.get(key) ?? { names: [], rows }
    block.names.push(e.name)
    blocks.set(key, block)
  }
  const lines = header([first, 'operation'])
  for (const { names, rows } of blocks.values()) {
    rows.forEach(([op, row], i) => lines.push(cells([i === 0 ? names.map(code).join(', ') : '', op, ...row])))
  }
  return lines
}

type Named = { path: string; access: Record<string, AnyRule | undefined> }

/** Every field with its own access rule, with its dotted path (arrays as `name[]`). */
function fieldsWithRules(fields: Field[], prefix = ''): Named[] {
  const out: Named[] = []
  for (const f of fields) {
    const name = 'name' in f && f.name ? `${prefix}${f.name}` : undefined
    if (name && 'access' in f && f.access) out.push({ path: name, access: f.access as Named['access'] })
    if ('fields' in f && Array.isArray(f.fields)) out.push(...fieldsWithRules(f.fields as Field[], name ? `${name}${f.type === 'array' ? '[]' : ''}.` : prefix))
    if (f.type === 'tabs') for (const t of f.tabs) out.push(...fieldsWithRules(t.fields, 'name' in t && t.name ? `${prefix}${t.name}.` : prefix))
    if (f.type === 'blocks') for (const b of f.blocks) if (typeof b === 'object') out.push(...fieldsWithRules(b.fields, `${name}[${b.slug}].`))
  }
  return out
}

async function fieldTable(all: CollectionConfig[]): Promise<string[]> {
  const lines = header(['collection', 'fields', 'operation'])
  for (const c of all) {
    const blocks = new Map<string, { paths: string[]; rows: Row[] }>()
    for (const f of fieldsWithRules(c.fields)) {
      let rows: Row[] = []
      for (const op of ['read', 'create', 'update']) {
        const rule = f.access[op]
        if (rule) rows.push([op, await Promise.all(WHO.map((w) => fieldCell(rule, w)))])
      }
      rows = fold(rows)
      const key = JSON.stringify(rows)
      const block = blocks.get(key) ?? { paths: [], rows }
      block.paths.push(f.path)
      blocks.set(key, block)
    }
    let firstOfCollection = true
    for (const { paths, rows } of blocks.values()) {
      rows.forEach(([op, row], i) => {
        lines.push(cells([firstOfCollection ? code(c.slug) : '', i === 0 ? paths.map(code).join(', ') : '', op, ...row]))
        firstOfCollection = false
      })
    }
  }
  return lines
}

/** The whole generated page. */
export async function accessTable(): Promise<string> {
  const all: CollectionConfig[] = [...collections, ChangeFeed, PortalProcesses]
  const globals: GlobalConfig[] = [Settings, Reporting]
  const collectionOps = (c: CollectionConfig) => ['read', ...(c.versions ? ['readVersions'] : []), 'create', 'update', 'delete']
  const lines = [
    '# Who may do what — generated',
    '',
    '<!-- Generated by `npx tsx scripts/docs-access.ts` from the access rules in cms/ (cms/access/policy.ts). Do not edit:',
    '     tests/unit/access-matrix.test.ts fails when this file differs from what the script writes. -->',
    '',
    'Each cell is what the configured rule answers for a signed-in user of that role, or an anonymous',
    'visitor: ✓ allowed, — refused, or the part of the collection it lets through. "drafts only" means',
    'the save is allowed but never publishes (Payload asks the rule with `_status: published` before',
    'publishing, scheduling or restoring a published version). Hooks add rules the table cannot show',
    '(an editor\'s save of a live item becomes a pending draft; the legal-document workflow): see',
    '[access.md](access.md).',
    '',
    '## Collections',
    '',
    ...(await groupedTable(all.map((c) => ({ name: c.slug, access: c.access, ops: collectionOps(c) })), 'collections')),
    '',
    '## Globals',
    '',
    ...(await groupedTable(globals.map((g) => ({ name: g.slug, access: g.access, ops: ['read', 'update'] })), 'globals')),
    '',
    '## Job queue',
    '',
    'Also allowed to run the queue: an external scheduler sending `Authorization: Bearer $JOBS_SECRET`.',
    '',
    ...(await groupedTable([{ name: 'payload-jobs', access: jobs.access, ops: ['run', 'queue', 'cancel'] }], 'queue')),
    '',
    '## Fields with their own rule',
    '',
    'Within what the collection allows; a field with no rule here follows its collection.',
    '"not purged": never after an administrator purged the commenter\'s personal data.',
    '',
    ...(await fieldTable(all)),
    '',
  ]
  return lines.join('\n')
}

async function main(): Promise<void> {
  const table = await accessTable()
  const before = (() => {
    try {
      return readFileSync(ACCESS_TABLE_PATH, 'utf8')
    } catch {
      return ''
    }
  })()
  writeFileSync(ACCESS_TABLE_PATH, table)
  console.log(before === table ? `${path.relative(process.cwd(), ACCESS_TABLE_PATH)}: unchanged` : `${path.relative(process.cwd(), ACCESS_TABLE_PATH)}: written`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((err: unknown) => {
    console.error((err as Error).message)
    process.exit(1)
  })
}
