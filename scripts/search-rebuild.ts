import cliProgress from 'cli-progress'

import { DatabaseUrlError } from '../cms/database-url'
import { feedHead } from '../cms/feed/tailer'
import { indexExtra, rebuildIndex, searchIndexDir } from '../cms/indexing/service'
import { createSearchEngine } from '../cms/search'
import { boot } from '../server/boot'

/** `npm run search:rebuild`: rebuilds the search index from the database, with a progress bar. */
async function main(): Promise<void> {
  const payload = await boot({ seed: false, log: () => undefined })
  const engine = createSearchEngine()
  const bar = new cliProgress.SingleBar({ format: 'Lập chỉ mục [{bar}] {value}/{total} bản ghi · {eta_formatted} còn lại', hideCursor: true }, cliProgress.Presets.shades_classic)
  let started = false
  const t0 = Date.now()
  // The index reflects at least every change up to here; a server loading it applies the later ones.
  const feedSeq = await feedHead(payload)
  await rebuildIndex(payload, engine, (done, total) => {
    if (!started) {
      bar.start(total ?? done, 0)
      started = true
    }
    bar.update(done)
  })
  bar.stop()
  await engine.save(searchIndexDir(), await indexExtra(payload, feedSeq))
  const stats = engine.stats()
  console.log(`Đã lập chỉ mục ${stats.records} bản ghi (${stats.units} điều) trong ${((Date.now() - t0) / 1000).toFixed(1)} s → ${searchIndexDir()}`)
  console.log('Cổng đang chạy vẫn dùng chỉ mục của nó (luôn cập nhật theo cơ sở dữ liệu); lần khởi động sau sẽ dùng chỉ mục mới.')
  await payload.destroy()
  process.exit(0)
}

main().catch((err: unknown) => {
  console.error(`Lỗi: ${err instanceof DatabaseUrlError ? err.message : (err as Error).message}`)
  process.exit(1)
})
