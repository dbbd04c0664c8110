import { DatabaseUrlError } from '../cms/database-url'
import { publicHostConfigured, publicOrigin } from '../cms/lib/public-url'
import { ensureBuilt } from './lib/build'
import { boot } from '../server/boot'
import { startPageService } from '../server/page-store'
import { startPortalServer } from '../server/server'
import { runtime } from '../cms/runtime'

/** `npm start`: build what is stale, migrate, seed an empty database, serve site and admin on one origin. */
async function main(): Promise<void> {
  const started = Date.now()
  // Links in mail, feeds and sitemaps come from PUBLIC_HOST, never a request's Host header: an
  // operator who declares production must say where readers reach the portal.
  if (!publicHostConfigured()) {
    if (process.env.NODE_ENV === 'production') throw new DatabaseUrlError('đặt PUBLIC_HOST (ví dụ congthongtin.vidu.gov.vn) khi chạy với NODE_ENV=production: liên kết trong thư, nguồn tin và sơ đồ trang lấy từ đó.')
    console.warn(`Chú ý: PUBLIC_HOST chưa đặt; liên kết tuyệt đối dùng địa chỉ máy chủ ${publicOrigin()} (chỉ phù hợp khi phát triển).`)
  }
  ;(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production'
  const host = process.env.HOST ?? '127.0.0.1'
  const port = Number.parseInt(process.env.PORT ?? '4321', 10)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new DatabaseUrlError(`PORT không hợp lệ: ${process.env.PORT}`)
  if (process.env.SKIP_BUILD !== '1') ensureBuilt()
  const payload = await boot({ cron: true, search: true })
  const portal = await startPortalServer({ host, port })
  // Document pages rendered once and kept (PAGE_STORE=0 renders every request).
  const pages = process.env.PAGE_STORE === '0' ? null : startPageService(payload, { warm: portal.url })
  console.log(`\nCổng thông tin đang chạy: ${portal.url}/  (quản trị: ${portal.url}/admin) — sẵn sàng sau ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const stop = async (signal: string) => {
    console.log(`Nhận ${signal}, đang dừng…`)
    await portal.close()
    await pages?.close().catch(() => undefined)
    await runtime().search?.flush().then(() => runtime().search?.save()).catch(() => undefined)
    await runtime().feed?.stop().catch(() => undefined)
    await payload.destroy().catch(() => undefined)
    process.exit(0)
  }
  process.once('SIGINT', () => void stop('SIGINT'))
  process.once('SIGTERM', () => void stop('SIGTERM'))
}

main().catch((err: unknown) => {
  if (err instanceof DatabaseUrlError) console.error(`Lỗi: ${err.message}`)
  else if (err instanceof Error && /EADDRINUSE/.test(err.message)) console.error(`Lỗi: cổng ${process.env.PORT ?? 4321} đang được dùng bởi chương trình khác (đặt PORT=… để dùng cổng khác).`)
  else console.error('Lỗi khi khởi động:', err instanceof Error ? err.message : err)
  process.exit(1)
})
