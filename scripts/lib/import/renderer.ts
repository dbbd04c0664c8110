import { Worker } from 'node:worker_threads'

import { deriveFullTextFields, type DerivedFullText } from '../../../cms/collections/LegalDocuments/hooks/renderFullText'

/** Parses full texts (the renderFullText hook's work), in a worker thread when one can be started. */
export interface Renderer {
  render: (texts: string[]) => Promise<DerivedFullText[]>
  close: () => Promise<void>
}

const inline = (texts: string[]) => texts.map((t) => deriveFullTextFields(t, { citedKeys: true }))

/**
 * Starts the worker (the machine has two cores: parsing runs beside the database writes). Any
 * failure of the worker (e.g. a runtime that cannot load TypeScript in a worker) falls back to
 * rendering on the calling thread, with the same function and so the same result.
 */
export function createRenderer(options: { worker: boolean }): Renderer {
  let worker: Worker | null = null
  if (options.worker) {
    try {
      worker = new Worker(new URL('./render-worker.ts', import.meta.url))
      worker.unref()
    } catch {
      worker = null
    }
  }
  const pending = new Map<number, { resolve: (r: DerivedFullText[]) => void; reject: (e: Error) => void }>()
  let next = 0
  const fail = (err: Error) => {
    worker = null
    for (const p of pending.values()) p.reject(err)
    pending.clear()
  }
  worker?.on('message', (m: { id: number; results?: DerivedFullText[]; error?: string }) => {
    const p = pending.get(m.id)
    pending.delete(m.id)
    if (m.results) p?.resolve(m.results)
    else p?.reject(new Error(m.error))
  })
  worker?.on('error', fail)
  worker?.on('exit', () => fail(new Error('worker exited')))
  return {
    render: async (texts) => {
      const w = worker
      if (!w) return inline(texts)
      const id = next++
      try {
        return await new Promise<DerivedFullText[]>((resolve, reject) => {
          pending.set(id, { resolve, reject })
          w.postMessage({ id, texts })
        })
      } catch {
        return inline(texts)
      }
    },
    close: async () => {
      const w = worker
      worker = null
      if (w) await w.terminate()
    },
  }
}
