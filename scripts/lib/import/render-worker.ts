/** Worker thread of the import: parses and renders full texts while the main thread writes to the database. */
import { parentPort } from 'node:worker_threads'

import { renderFullTextFields } from '../../../cms/collections/LegalDocuments/hooks/renderFullText'

parentPort?.on('message', ({ id, texts }: { id: number; texts: string[] }) => {
  try {
    parentPort!.postMessage({ id, results: texts.map((t) => renderFullTextFields(t)) })
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message })
  }
})
