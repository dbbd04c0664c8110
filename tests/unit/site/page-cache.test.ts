import { afterEach, describe, expect, it, vi } from 'vitest'

import { emitContentChange } from '../../../cms/hooks/contentEvents'
import { CACHE_HEADER, cachedResponse, cacheKey, contentVersion, storeResponse } from '../../../site/lib/page-cache'
import { readFormStart, signFormStart } from '../../../cms/lib/form-start'

process.env.PAYLOAD_SECRET = 'bí mật của cổng thử nghiệm'

const page = (cache: string, body = '<p>trang</p>') => new Response(body, { status: 200, headers: { 'Content-Type': 'text/html', [CACHE_HEADER]: cache } })
const key = (path: string) => cacheKey(new Request(`http://cong.vidu.gov.vn${path}`, { headers: { host: 'cong.vidu.gov.vn' } }), new URL(`http://cong.vidu.gov.vn${path}`))!

describe('page cache (anonymous GET pages shared between readers)', () => {
  afterEach(() => vi.useRealTimers())

  it('serves a max-age page until its moment passes, then renders it again', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-04T03:00:00Z') })
    const k = key('/du-thao/mot-du-thao')
    const sent = await storeResponse(k, page('max-age=30'), contentVersion())
    expect(sent.headers.has(CACHE_HEADER)).toBe(false)
    expect(await cachedResponse(k)?.text()).toBe('<p>trang</p>')
    vi.setSystemTime(new Date('2026-12-04T03:00:29Z'))
    expect(cachedResponse(k)).not.toBeNull()
    // The consultation closes at the 30th second: the next reader gets a fresh render.
    vi.setSystemTime(new Date('2026-12-04T03:00:30Z'))
    expect(cachedResponse(k)).toBeNull()
  })

  it('never keeps a page whose moment is now (max-age=0)', async () => {
    const k = key('/du-thao/dong-ngay')
    await storeResponse(k, page('max-age=0'), contentVersion())
    expect(cachedResponse(k)).toBeNull()
  })

  it('drops a shared render when content changes (a comment published anywhere)', async () => {
    const k = key('/du-thao/hai?dieu=dieu-2')
    await storeResponse(k, page('max-age=60'), contentVersion())
    expect(cachedResponse(k)).not.toBeNull()
    emitContentChange({ collection: 'comments', id: 1, operation: 'update' })
    expect(cachedResponse(k)).toBeNull()
  })

  it('gives each reader of a shared render their own form start time (the fill-time check still sees a fast bot)', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-04T03:00:00Z') })
    const k = key('/du-thao/co-form')
    const form = (t: number) => `<form><input type="hidden" name="startedAt" value="${signFormStart(t)}" /></form>`
    await storeResponse(k, page('max-age=60', form(Date.now())), contentVersion())
    vi.setSystemTime(new Date('2026-12-04T03:00:40Z'))
    const served = await cachedResponse(k)!.text()
    expect(served).toBe(form(Date.parse('2026-12-04T03:00:40Z')))
    expect(readFormStart(/value="([^"]+)"/.exec(served)![1])).toBe(Date.parse('2026-12-04T03:00:40Z'))
  })

  it('keeps signed-in staff and other methods out of the shared cache', () => {
    const url = new URL('http://cong.vidu.gov.vn/du-thao/mot')
    expect(cacheKey(new Request(url, { headers: { cookie: 'payload-token=abc' } }), url)).toBeNull()
    expect(cacheKey(new Request(url, { method: 'POST' }), url)).toBeNull()
  })
})
