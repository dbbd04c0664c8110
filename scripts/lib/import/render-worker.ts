/** Worker thread of the import: parses full texts and finds their citations while the main thread writes to the database. */
import { parentPort } from 'node:worker_threads'

import { deriveFullTextFields } from '../../../cms/collections/LegalDocuments/hooks/renderFullText'

parentPort?.on('message', ({ id, texts }: { id: number; texts: string[] }) => {
  try {
    parentPort!.postMessage({ id, results: texts.map((t) => deriveFullTextFields(t, { citedKeys: true })) })
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message })
  }
})
