import http from 'node:http'

import { expect, test } from '@playwright/test'

import { signIn } from '../helpers/admin'

/**
 * A page on another origin of the same site (another port on the same host, so the browser sends
 * the SameSite=Lax session cookie) tries to act as the signed-in administrator: create an
 * administrator with auto-submitted forms (multipart and text/plain), unpublish and delete a news
 * item with fetch. Nothing changes.
 */
const EVIL_PORT = 4398

// The browser must send its own Origin here (the config adds the portal's to every request).
test.use({ extraHTTPHeaders: {} })

function evilPage(base: string, newsId: number | string): string {
  const account = (email: string) => JSON.stringify({ email, password: 'Mat-khau-ke-gian-2026!', role: 'admin', name: 'Kẻ gian' })
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang lạ</title></head><body>
<iframe name="sink1"></iframe><iframe name="sink2"></iframe><iframe name="sink3"></iframe>
<form id="f1" method="post" action="${base}/api/users" enctype="multipart/form-data" target="sink1"><input name="_payload" value='${account('ke-gian-1@evil.example')}'></form>
<form id="f2" method="post" action="${base}/api/users" enctype="text/plain" target="sink2"><input name='${account('ke-gian-2@evil.example').slice(0, -1)},"x":"' value='"}'></form>
<form id="f3" method="post" action="${base}/api/news/${newsId}?draft=false" enctype="multipart/form-data" target="sink3"><input name="_payload" value='{"_status":"draft","title":"Bị sửa từ trang lạ"}'></form>
<script>
  document.getElementById('f1').submit();
  document.getElementById('f2').submit();
  document.getElementById('f3').submit();
  const o = { credentials: 'include' };
  Promise.allSettled([
    fetch('${base}/api/news/${newsId}', { ...o, method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ _status: 'draft' }) }),
    fetch('${base}/api/news/${newsId}', { ...o, method: 'DELETE' }),
    fetch('${base}/api/users', { ...o, method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(account('ke-gian-3@evil.example'))} }),
  ]).then(() => { document.title = 'xong' });
</script></body></html>`
}

test('a page on another origin cannot create an administrator, unpublish or delete as the signed-in administrator', async ({ page, baseURL }) => {
  await signIn(page)
  const own = { Origin: baseURL! }
  const created = await page.request.post('/api/news', { headers: own, data: { title: `Tin thử CSRF ${Date.now()}`, category: 'news', _status: 'published' } })
  expect(created.ok(), await created.text()).toBe(true)
  const newsId = ((await created.json()) as { doc: { id: number } }).doc.id

  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(evilPage(baseURL!, newsId))
  })
  await new Promise<void>((r) => server.listen(EVIL_PORT, '127.0.0.1', () => r()))
  try {
    await page.goto(`http://127.0.0.1:${EVIL_PORT}/`)
    await expect(page).toHaveTitle('xong', { timeout: 20_000 })
    // Let the three form posts land.
    await page.waitForTimeout(1500)
  } finally {
    server.close()
  }

  // Checked as the administrator, from the portal's own origin.
  const users = await page.request.get(`/api/users?where[email][like]=evil.example&depth=0`, { headers: own })
  expect(((await users.json()) as { totalDocs: number }).totalDocs).toBe(0)
  const news = await page.request.get(`/api/news/${newsId}?depth=0`, { headers: own })
  expect(news.status()).toBe(200)
  const item = (await news.json()) as { _status: string; title: string }
  expect(item._status).toBe('published')
  expect(item.title).toMatch(/^Tin thử CSRF/)

  // The same write with a foreign Origin is refused outright.
  const direct = await page.request.post('/api/users', { headers: { Origin: `http://127.0.0.1:${EVIL_PORT}` }, data: { email: 'ke-gian-4@evil.example', password: 'Mat-khau-ke-gian-2026!', role: 'admin' } })
  expect(direct.status()).toBe(403)
})
