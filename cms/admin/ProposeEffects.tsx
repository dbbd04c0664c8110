'use client'
/**
 * On an amending document's edit screen: "Đề xuất tác động" reads its saved full text and stores
 * each recognised instruction as a proposed effect on the amended document (issue 14), then lists
 * what it could not place, for manual entry. The server decides everything
 * (cms/collections/DocumentEffects/propose.ts); this only asks and shows the answer.
 */
import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { writers } from '../access/policy'

interface Result {
  target: { id: number | string; numberSymbol: string }
  created: number
  existing: number
  unplaced: { source: string; sourceLabel: string; text: string }[]
}

export function ProposeEffects() {
  const { user } = useAuth<{ role?: string }>()
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<Result | null>(null)
  const [error, setError] = useState('')
  if (!id || !user?.role || !(writers as readonly string[]).includes(user.role)) return null
  const api = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
  const admin = config.routes?.admin ?? '/admin'

  async function propose() {
    setBusy(true)
    setError('')
    setResult(null)
    try {
      const res = await fetch(`${api}/legal-documents/${id}/de-xuat-tac-dong`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: '{}' })
      const body = (await res.json().catch(() => ({}))) as Result & { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] }
      if (!res.ok) {
        const e = body.errors?.[0]
        setError(e?.data?.errors?.map((x) => x.message).join(' ') || e?.message || `Lỗi ${res.status}.`)
      } else {
        setResult(body)
      }
    } catch {
      setError('Không kết nối được máy chủ. Hãy thử lại.')
    } finally {
      setBusy(false)
    }
  }

  const list = `${admin}/collections/document-effects?where[amending][equals]=${encodeURIComponent(String(id))}`
  return (
    <div className="field-type propose-effects" style={{ marginBottom: '1.5rem' }}>
      <p className="field-label" id="propose-effects-label">Tác động đến văn bản khác</p>
      <p style={{ fontSize: '0.85rem' }}>Đọc toàn văn đã lưu, nhận diện các câu “Sửa đổi, bổ sung…”, “Bổ sung…”, “Bãi bỏ…”, “Thay cụm từ…” và tạo tác động ở trạng thái đề xuất để người phê duyệt xác nhận.</p>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={propose} disabled={busy} aria-describedby="propose-effects-label">
        {busy ? 'Đang đề xuất…' : 'Đề xuất tác động từ toàn văn'}
      </button>
      <div role="status" aria-live="polite">
        {error && <p style={{ color: 'var(--theme-error-500)' }}>{error}</p>}
        {result && (
          <div>
            <p>
              Văn bản bị sửa đổi: <strong>{result.target.numberSymbol}</strong>. Đã tạo {result.created} đề xuất
              {result.existing ? `; ${result.existing} đề xuất đã có từ trước` : ''}. <a href={list}>Xem danh sách tác động</a>
            </p>
            {result.unplaced.length > 0 && (
              <>
                <p>Chưa xác định được ({result.unplaced.length}), cần nhập tay:</p>
                <ul>
                  {result.unplaced.map((u) => (
                    <li key={u.source}>
                      <strong>{u.sourceLabel}</strong>: {u.text}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  )
}
