'use client'
/**
 * On a published document's edit screen: "Tạo văn bản hợp nhất" makes a draft document of type
 * "Văn bản hợp nhất" whose text the server generates from the confirmed effects (issue 14 item
 * 3); the editor gives its number-symbol and the day, then reviews and sends it for approval as
 * any draft. The server decides everything (cms/collections/LegalDocuments/consolidate.ts).
 */
import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { writers } from '../access/policy'

export function Consolidate() {
  const { user } = useAuth<{ role?: string }>()
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [numberSymbol, setNumberSymbol] = useState('')
  const [day, setDay] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const [created, setCreated] = useState<{ id: number | string; numberSymbol: string } | null>(null)
  if (!id || !user?.role || !(writers as readonly string[]).includes(user.role)) return null
  const api = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
  const admin = config.routes?.admin ?? '/admin'

  async function submit() {
    setBusy(true)
    setError('')
    setCreated(null)
    try {
      const res = await fetch(`${api}/legal-documents/${id}/van-ban-hop-nhat`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ numberSymbol, ngay: day }) })
      const body = (await res.json().catch(() => ({}))) as { id?: number | string; numberSymbol?: string; errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }
      if (!res.ok || body.id === undefined) {
        const e = body.errors?.[0]
        setError(e?.data?.errors?.map((x) => x.message).join(' ') || e?.message || `Lỗi ${res.status}.`)
      } else {
        setCreated({ id: body.id, numberSymbol: body.numberSymbol ?? numberSymbol })
      }
    } catch {
      setError('Không kết nối được máy chủ. Hãy thử lại.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <fieldset className="field-type consolidate" style={{ marginBottom: '1.5rem', border: '1px solid var(--theme-elevation-150)', padding: '0.75rem' }}>
      <legend className="field-label">Văn bản hợp nhất</legend>
      <p style={{ fontSize: '0.85rem' }}>Tạo bản nháp văn bản loại “Văn bản hợp nhất” từ văn bản này và các sửa đổi đã xác nhận: toàn văn có chú thích từng quy định được sửa đổi. Bản nháp được duyệt và công bố như văn bản khác; khi công bố, hai văn bản liên kết với nhau.</p>
      <label htmlFor="vbhn-number">Số, ký hiệu văn bản hợp nhất</label>
      <input id="vbhn-number" type="text" value={numberSymbol} onChange={(e) => setNumberSymbol(e.target.value)} placeholder="05/VBHN-BTP" style={{ display: 'block', width: '100%', marginBottom: '0.5rem' }} />
      <label htmlFor="vbhn-day">Hợp nhất nội dung có hiệu lực tại ngày (dd/mm/yyyy, để trống: hôm nay)</label>
      <input id="vbhn-day" type="text" inputMode="numeric" value={day} onChange={(e) => setDay(e.target.value)} style={{ display: 'block', width: '100%', marginBottom: '0.5rem' }} />
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={submit} disabled={busy}>
        {busy ? 'Đang tạo…' : 'Tạo văn bản hợp nhất'}
      </button>
      <div role="status" aria-live="polite">
        {error && <p style={{ color: 'var(--theme-error-500)' }}>{error}</p>}
        {created && (
          <p>
            Đã tạo bản nháp <a href={`${admin}/collections/legal-documents/${created.id}`}>{created.numberSymbol}</a>. Hãy kiểm tra rồi gửi phê duyệt.
          </p>
        )}
      </div>
    </fieldset>
  )
}
