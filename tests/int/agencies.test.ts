import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../cms/seed'
import { agencyDocuments, getAgencyBySlug, getDirectory, searchAgencies } from '../../site/lib/cms/agencies'
import { createTestPayload, createUser, type TestPayload } from '../helpers/payload'
import { runtime } from '../../cms/runtime'

let t: TestPayload
const logs: string[] = []

beforeAll(async () => {
  t = await createTestPayload()
  await seed(t.payload, { log: (l) => logs.push(l) })
  // The site's data module reads the shared instance, as in the portal server.
  runtime().payload = t.payload
})
afterAll(async () => {
  runtime().payload = undefined
  await t?.cleanup()
})

type ErrorShape = { data?: { errors?: { path: string; message: string }[] } }
const errorsOf = (p: Promise<unknown>) => p.then(() => [], (e: ErrorShape) => e.data?.errors ?? [{ path: '?', message: String(e) }])

const base = { name: 'Sở Thử nghiệm tỉnh Ví Dụ', level: 'department' as const, emails: [{ address: 'vanthu@thunghiem.vidu.gov.vn', purpose: 'edocs' as const }] }

describe('seeded agencies', () => {
  it('creates the agencies named in the seed texts, published and marked as sample data', async () => {
    const { docs } = await t.payload.find({ collection: 'agencies', limit: 100, overrideAccess: false })
    const names = docs.map((d) => d.name)
    for (const n of ['Văn phòng Chính phủ', 'Bộ Nội vụ', 'Bộ Thông tin và Truyền thông', 'Ban Cơ yếu Chính phủ', 'Ủy ban nhân dân tỉnh Cao Bằng', 'Sở Thông tin và Truyền thông tỉnh Ví Dụ'])
      expect(names).toContain(n)
    expect(docs.every((d) => d.isSample)).toBe(true)
    expect(logs.join('\n')).toMatch(/agencies: \d+ mới/)
  })

  it('links issuers to agencies, so an agency page lists the documents it issued', async () => {
    const agency = await getAgencyBySlug('van-phong-chinh-phu')
    expect(agency?.abbreviation).toBe('VPCP')
    const docs = await agencyDocuments(agency!.id)
    expect(docs.map((d) => d.title)).toContain('15/CT-TTg')
    expect(docs[0]!.url).toMatch(/^\/van-ban\/\d{4}\/[a-z0-9-]+$/)
  })

  it('flags an address outside .gov.vn and one shared with another agency', async () => {
    const directory = await getDirectory()
    const commune = directory.agencies.find((a) => a.name === 'Ủy ban nhân dân xã Ví Dụ Tây')!
    const kinds = directory.flags.get(String(commune.id))!.map((f) => f.kind).sort()
    expect(kinds).toEqual(['duplicate', 'outside-gov-vn'])
    expect(commune.needsReview).toBe(true)
    expect(commune.emails?.[0]?.flag).toMatch(/không thuộc miền \.gov\.vn/)
  })
})

describe('validation with Vietnamese messages naming the field', () => {
  it('refuses a malformed email', async () => {
    const errors = await errorsOf(t.payload.create({ collection: 'agencies', data: { ...base, emails: [{ address: 'vanthu@@vidu', purpose: 'edocs' }] }, overrideAccess: true }))
    expect(errors).toContainEqual(expect.objectContaining({ path: 'emails.0.address', message: expect.stringMatching(/^Địa chỉ thư điện tử: "vanthu@@vidu" không đúng định dạng/) }))
  })

  it('requires at least one official address', async () => {
    const errors = await errorsOf(t.payload.create({ collection: 'agencies', data: { ...base, emails: [] }, overrideAccess: true }))
    expect(errors.map((e) => e.message)).toContain('Thư điện tử chính thức: cần ít nhất một địa chỉ.')
  })

  it('requires a reason for an address outside .gov.vn, and accepts it with one', async () => {
    const emails = [{ address: 'sothunghiem@gmail.com', purpose: 'general' as const }]
    const errors = await errorsOf(t.payload.create({ collection: 'agencies', data: { ...base, emails }, overrideAccess: true }))
    expect(errors).toContainEqual(expect.objectContaining({ path: 'emails.0.nonGovReason', message: expect.stringContaining('bắt buộc vì sothunghiem@gmail.com không thuộc miền .gov.vn') }))
    const ok = await t.payload.create({ collection: 'agencies', data: { ...base, name: 'Cơ quan có lý do', emails: [{ ...emails[0]!, nonGovReason: 'Đang chờ cấp hộp thư công vụ' }] }, overrideAccess: true })
    expect(ok.needsReview).toBe(true)
  })

  it('checks officials, focal point, website and phone', async () => {
    const errors = await errorsOf(
      t.payload.create({
        collection: 'agencies',
        data: {
          ...base,
          website: 'javascript:alert(1)',
          phone: 'gọi tôi',
          focalPoint: { email: 'khong-phai-email' },
          officials: [{ name: 'Nguyễn Văn A', position: '', email: 'a@' }],
        },
        overrideAccess: true,
      }),
    )
    const messages = errors.map((e) => e.message).join('\n')
    expect(messages).toMatch(/Trang\/Cổng thông tin điện tử: "javascript:alert\(1\)" không phải địa chỉ web hợp lệ/)
    expect(messages).toMatch(/Điện thoại: "gọi tôi" không phải số điện thoại hợp lệ/)
    expect(messages).toMatch(/Đầu mối — Thư điện tử: "khong-phai-email" không đúng định dạng/)
    expect(messages).toMatch(/Cán bộ — Chức vụ: bắt buộc/)
    expect(messages).toMatch(/Cán bộ — Thư điện tử công vụ: "a@" không đúng định dạng/)
  })

  it('saves an address another agency lists too, with a warning naming that agency', async () => {
    const doc = await t.payload.create({ collection: 'agencies', data: { ...base, name: 'Cơ quan dùng chung hộp thư', emails: [{ address: 'VanThu@BNV.vidu.gov.vn ', purpose: 'edocs' }] }, overrideAccess: true })
    expect(doc.emails?.[0]?.address).toBe('vanthu@bnv.vidu.gov.vn')
    expect(doc.emails?.[0]?.flag).toContain('Bộ Nội vụ')
    expect(doc.needsReview).toBe(true)
  })

  it('refuses a parent that would make the tree loop', async () => {
    const parent = await t.payload.create({ collection: 'agencies', data: { ...base, name: 'Cơ quan cha' }, overrideAccess: true })
    const child = await t.payload.create({ collection: 'agencies', data: { ...base, name: 'Cơ quan con', parent: parent.id }, overrideAccess: true })
    const errors = await errorsOf(t.payload.update({ collection: 'agencies', id: parent.id, data: { parent: child.id }, overrideAccess: true }))
    expect(errors[0]).toMatchObject({ path: 'parent', message: expect.stringMatching(/^Cơ quan cấp trên:/) })
  })

  it('stores names in NFC and derives a stable slug', async () => {
    const nfd = 'Ban Quản lý Thử nghiệm'.normalize('NFD')
    const doc = await t.payload.create({ collection: 'agencies', data: { ...base, name: nfd }, overrideAccess: true })
    expect(doc.name).toBe('Ban Quản lý Thử nghiệm'.normalize('NFC'))
    expect(doc.slug).toBe('ban-quan-ly-thu-nghiem')
    const renamed = await t.payload.update({ collection: 'agencies', id: doc.id, data: { name: 'Ban Quản lý Thử nghiệm (tên mới)' }, overrideAccess: true })
    expect(renamed.slug).toBe('ban-quan-ly-thu-nghiem')
  })
})

describe('versions, publishing and public reads', () => {
  it('keeps every change as a version; the public sees only the published one', async () => {
    const editor = await createUser(t.payload, 'editor')
    const approver = await createUser(t.payload, 'approver')
    const draft = await t.payload.create({ collection: 'agencies', data: { ...base, name: 'Sở Chưa công bố', _status: 'draft' }, draft: true, user: editor, overrideAccess: false })
    await expect(
      t.payload.update({ collection: 'agencies', id: draft.id, data: { _status: 'published' }, user: editor, overrideAccess: false }),
    ).rejects.toThrow(/không có quyền xuất bản/)
    expect(await getAgencyBySlug('so-chua-cong-bo')).toBeNull()
    expect((await searchAgencies('chua cong bo')).map((a) => a.name)).not.toContain('Sở Chưa công bố')
    await t.payload.update({ collection: 'agencies', id: draft.id, data: { _status: 'published' }, user: approver, overrideAccess: false })
    await t.payload.update({ collection: 'agencies', id: draft.id, data: { phone: '0206 111 2222' }, user: approver, overrideAccess: false })
    expect((await getAgencyBySlug('so-chua-cong-bo'))?.phone).toBe('0206 111 2222')
    const versions = await t.payload.findVersions({ collection: 'agencies', where: { parent: { equals: draft.id } }, overrideAccess: true })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
  })

  it('anonymous visitors cannot write agencies through the API', async () => {
    await expect(t.payload.create({ collection: 'agencies', data: base, overrideAccess: false })).rejects.toThrow()
  })
})

describe('directory search', () => {
  it('finds agencies without diacritics, best match first', async () => {
    const results = await searchAgencies('bo noi vu')
    expect(results[0]?.name).toBe('Bộ Nội vụ')
    expect((await searchAgencies('UBND CAO BANG')).map((a) => a.name)).toContain('Ủy ban nhân dân tỉnh Cao Bằng')
    expect((await searchAgencies('ủy ban nhân dân tỉnh cao bằng'.normalize('NFD'))).map((a) => a.name)).toContain('Ủy ban nhân dân tỉnh Cao Bằng')
    expect(await searchAgencies('khongcocoquannay')).toEqual([])
  })

  it('filters by level and by parent', async () => {
    const ministries = await searchAgencies('', { level: 'ministry' })
    expect(ministries.length).toBeGreaterThanOrEqual(5)
    expect(ministries.every((a) => a.level === 'ministry')).toBe(true)
    const province = (await searchAgencies('ubnd tinh vi du'))[0]!
    const children = await searchAgencies('', { parent: String(province.id) })
    expect(children.map((a) => a.name).sort()).toEqual(['Sở Thông tin và Truyền thông tỉnh Ví Dụ', 'Ủy ban nhân dân xã Ví Dụ Tây'])
  })

  it('builds the tree by parent', async () => {
    const { tree } = await getDirectory()
    const province = tree.find((n) => n.item.name === 'Ủy ban nhân dân tỉnh Ví Dụ')!
    expect(province.children.map((c) => c.item.name)).toContain('Sở Thông tin và Truyền thông tỉnh Ví Dụ')
  })
})
