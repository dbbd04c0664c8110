/**
 * Save and load of the whole index as a directory: `manifest.json` (format, version, facet
 * values, segment files, the caller's `extra`), `terms.txt` (the dictionary) and one `seg-N.bin`
 * per segment in the binary container of container.ts. A save writes a new directory and swaps
 * it in; a load answers null for a missing, foreign or incompatible index.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import lunr from 'lunr'
import { readContainer, writeContainer } from './container'
import { Dictionary } from './dictionary'
import { type FieldPostings, Segment, ValueDict } from './segment'
import { IndexState } from './state'

const FORMAT = 'portal-search'
const FORMAT_VERSION = 1

export type Snapshot = ReturnType<typeof takeSnapshot>

/** Taken synchronously: updates after it must not tear the saved index. */
export function takeSnapshot(state: IndexState) {
  return {
    segments: state.segments.filter((seg) => seg.live > 0).map((seg) => ({ seg, dead: seg.dead.slice() })),
    terms: state.dict.terms.slice(),
    facetValues: {
      documentType: state.facets.documentType.values.slice(),
      issuer: state.facets.issuer.values.slice(),
      validity: state.facets.validity.values.slice(),
      field: state.facets.field.values.slice(),
    },
  }
}

export async function writeSnapshot(
  dir: string,
  fullText: boolean,
  { segments: snapshot, terms, facetValues, extra }: Snapshot & { extra?: Record<string, unknown> },
): Promise<void> {
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`
  await rm(tmp, { recursive: true, force: true })
  await mkdir(tmp, { recursive: true })
  const segFiles: string[] = []
  let n = 0
  for (const { seg, dead } of snapshot) {
    const file = `seg-${n++}.bin`
    segFiles.push(file)
    const arrays: Record<string, Uint8Array | Uint32Array | Int32Array | Float64Array> = {
      kind: seg.kind,
      type: seg.type,
      issuer: seg.issuer,
      validity: seg.validity,
      year: seg.year,
      date: seg.date,
      fieldOff: seg.fieldOff,
      fieldIds: seg.fieldIds,
      unitStart: seg.unitStart,
      unitRecord: seg.unitRecord,
      blobOff: seg.blobOff,
      bodyOff: seg.bodyOff,
      blob: seg.blob,
      dead,
    }
    const fields: { docCount: number; lenSum: number }[] = []
    seg.postings.forEach((p, f) => {
      arrays[`p${f}.terms`] = p.terms
      arrays[`p${f}.offs`] = p.offs
      arrays[`p${f}.dfs`] = p.dfs
      arrays[`p${f}.data`] = p.data
      arrays[`p${f}.cTerms`] = p.cTerms
      arrays[`p${f}.cOffs`] = p.cOffs
      arrays[`p${f}.cDfs`] = p.cDfs
      arrays[`p${f}.cData`] = p.cData
      fields.push({ docCount: p.docCount, lenSum: p.lenSum })
    })
    const meta = { keys: seg.keys, numberSymbols: seg.numberSymbols, words: seg.words, fields, idIndex: seg.idIndex ? seg.idIndex.toJSON() : null }
    await writeContainer(join(tmp, file), meta, arrays)
  }
  await writeFile(join(tmp, 'terms.txt'), terms.join('\n'), 'utf8')
  const manifest = {
    format: FORMAT,
    version: FORMAT_VERSION,
    fullText,
    savedAt: new Date().toISOString(),
    terms: terms.length,
    facets: facetValues,
    segments: segFiles,
    extra,
  }
  await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, 1), 'utf8')
  const old = `${dir}.old-${process.pid}-${Date.now()}`
  let moved = false
  try {
    await rename(dir, old)
    moved = true
  } catch {
    // no previous index
  }
  await rename(tmp, dir)
  if (moved) await rm(old, { recursive: true, force: true })
  await removeLeftovers(dir)
}

/** Whether a process is running (a leftover of a running process may still be in use). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes what a process killed during a save left beside the index (`search-index.tmp-PID-…`,
 * `search-index.old-PID-…`, about 200 MB each at 10,000 documents); a running process's are kept.
 */
async function removeLeftovers(dir: string): Promise<void> {
  const base = basename(dir)
  let names: string[]
  try {
    names = await readdir(dirname(dir))
  } catch {
    return
  }
  for (const name of names) {
    const m = name.startsWith(`${base}.`) ? /^\.(?:tmp|old)-(\d+)-\d+$/.exec(name.slice(base.length)) : null
    if (m && !running(Number(m[1]))) await rm(join(dirname(dir), name), { recursive: true, force: true })
  }
}

/** The index saved in `dir` and the `extra` saved with it; null when it cannot be used. */
export async function loadSnapshot(
  dir: string,
  fullText: boolean,
): Promise<{ state: IndexState; extra: Record<string, unknown> | undefined } | null> {
  let manifest: {
    format?: string
    version?: number
    fullText?: boolean
    terms?: number
    facets?: Record<string, string[]>
    segments?: string[]
    extra?: Record<string, unknown>
  }
  try {
    manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'))
  } catch {
    return null
  }
  if (manifest.format !== FORMAT || manifest.version !== FORMAT_VERSION || !Array.isArray(manifest.segments)) return null
  if ((manifest.fullText !== false) !== fullText) return null
  try {
    const termsText = await readFile(join(dir, 'terms.txt'), 'utf8')
    const terms = termsText.length > 0 ? termsText.split('\n') : []
    if (manifest.terms !== undefined && terms.length !== manifest.terms) return null
    const state = new IndexState(fullText)
    state.dict = Dictionary.fromTerms(terms)
    const fv = manifest.facets ?? {}
    state.facets = {
      documentType: ValueDict.from(fv.documentType ?? []),
      issuer: ValueDict.from(fv.issuer ?? []),
      validity: ValueDict.from(fv.validity ?? []),
      field: ValueDict.from(fv.field ?? []),
    }
    for (const file of manifest.segments) {
      const { meta, arrays } = await readContainer(join(dir, file))
      const m = meta as {
        keys: string[]
        numberSymbols: string[]
        words?: number
        fields: { docCount: number; lenSum: number }[]
        idIndex: object | null
      }
      const postings: FieldPostings[] = m.fields.map((fm, f) => ({
        terms: arrays[`p${f}.terms`] as Uint32Array,
        offs: arrays[`p${f}.offs`] as Uint32Array,
        dfs: arrays[`p${f}.dfs`] as Uint32Array,
        data: arrays[`p${f}.data`] as Uint8Array,
        cTerms: arrays[`p${f}.cTerms`] as Uint32Array,
        cOffs: arrays[`p${f}.cOffs`] as Uint32Array,
        cDfs: arrays[`p${f}.cDfs`] as Uint32Array,
        cData: arrays[`p${f}.cData`] as Uint8Array,
        docCount: fm.docCount,
        lenSum: fm.lenSum,
      }))
      const blob = arrays.blob as Uint8Array
      const seg = new Segment({
        keys: m.keys,
        kind: arrays.kind as Uint8Array,
        type: arrays.type as Int32Array,
        issuer: arrays.issuer as Int32Array,
        validity: arrays.validity as Int32Array,
        year: arrays.year as Int32Array,
        date: arrays.date as Float64Array,
        fieldOff: arrays.fieldOff as Uint32Array,
        fieldIds: arrays.fieldIds as Int32Array,
        unitStart: arrays.unitStart as Uint32Array,
        unitRecord: arrays.unitRecord as Uint32Array,
        numberSymbols: m.numberSymbols,
        blobOff: arrays.blobOff as Uint32Array,
        bodyOff: arrays.bodyOff as Uint32Array,
        blob: Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength),
        postings,
        // dead flags change after load: own copy
        dead: new Uint8Array(arrays.dead as Uint8Array),
        idIndex: m.idIndex ? lunr.Index.load(m.idIndex) : null,
        words: m.words ?? m.fields.reduce((a, f) => a + f.lenSum, 0),
      })
      state.addSegment(seg)
    }
    return { state, extra: manifest.extra }
  } catch (err) {
    console.error('search: cannot load index from', dir, err)
    return null
  }
}
