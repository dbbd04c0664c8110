/**
 * Dublin Core records of the published documents (Decree 43/2011 Art 14; Circular 24/2011/TT-BTTTT:
 * title, creator, date, description, publisher and identifier are mandatory) as one XML file a
 * harvester reads: each record is an OAI-PMH `record` (header + metadata) whose metadata is an
 * `oai_dc:dc` element of the OAI-PMH Dublin Core schema, so the records can be re-served by an
 * OAI-PMH endpoint unchanged.
 */
import { escapeHtml } from '../html'

/** One document as a Dublin Core record. */
export interface DublinCoreRecord {
  /** Stable identifier of the record, e.g. `oai:congthongtin.vidu.gov.vn:legal-documents:12`. */
  oaiIdentifier: string
  /** Last change of the record (ISO 8601). */
  datestamp: string
  title: string
  creator: string
  subjects: string[]
  description: string
  publisher: string
  /** `yyyy-mm-dd` (the issue date of a document). */
  date: string
  type: string
  /** The page's absolute URL first, then other identifiers (the number-symbol). */
  identifiers: string[]
  language: string
  /** Extra descriptions (e.g. the sample-data mark). */
  notes?: string[]
}

const OAI_DC = 'http://www.openarchives.org/OAI/2.0/oai_dc/'
const DC = 'http://purl.org/dc/elements/1.1/'
const XSI = 'http://www.w3.org/2001/XMLSchema-instance'
const OAI_DC_XSD = 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd'

// Characters XML 1.0 does not allow anywhere (C0 controls other than tab, newline, return; U+FFFE/F).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Returns text safe inside an XML element: markup characters escaped, forbidden characters dropped. */
export function xmlText(value: string): string {
  return escapeHtml(value.replace(NOT_XML, ''))
}

function element(name: string, value: string | undefined | null): string {
  const text = (value ?? '').trim()
  return text ? `<dc:${name}>${xmlText(text)}</dc:${name}>` : ''
}

/** Returns the XML of one record (OAI-PMH `record` with an `oai_dc:dc` metadata element). */
export function dublinCoreRecordXml(r: DublinCoreRecord): string {
  const dc = [
    element('title', r.title),
    element('creator', r.creator),
    ...r.subjects.map((s) => element('subject', s)),
    element('description', r.description),
    ...(r.notes ?? []).map((n) => element('description', n)),
    element('publisher', r.publisher),
    element('date', r.date),
    element('type', r.type),
    element('format', 'text/html'),
    ...r.identifiers.map((i) => element('identifier', i)),
    element('language', r.language),
  ].filter(Boolean)
  return [
    '<record>',
    `<header><identifier>${xmlText(r.oaiIdentifier)}</identifier><datestamp>${xmlText(r.datestamp)}</datestamp></header>`,
    `<metadata><oai_dc:dc xsi:schemaLocation="${OAI_DC} ${OAI_DC_XSD}">`,
    ...dc,
    '</oai_dc:dc></metadata>',
    '</record>',
  ].join('\n')
}

/** Returns the whole file: a `records` element holding every record, with when it was made and how many. */
export function buildDublinCoreXml(records: DublinCoreRecord[], meta: { generatedAt: string; source: string }): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<records xmlns:oai_dc="${OAI_DC}" xmlns:dc="${DC}" xmlns:xsi="${XSI}" source="${xmlText(meta.source)}" generated="${xmlText(meta.generatedAt)}" count="${records.length}">`,
    ...records.map(dublinCoreRecordXml),
    '</records>',
    '',
  ].join('\n')
}
