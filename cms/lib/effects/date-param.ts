/**
 * Reads the `?ngay=` parameter of a document page: yyyy-mm-dd or dd/mm/yyyy. A bad date is
 * reported with a message for the reader (the page answers 400), never a server error.
 */
import { vnDayKey, vnMidnight } from '../dates'

/** The day asked for, or the reason it cannot be read. */
export type DateParam = { ok: true; day: string } | { ok: false; message: string }

/** Parses the value of `?ngay=`; `null`/'' means today (`today`, yyyy-mm-dd). */
export function readDateParam(value: string | null, today: string): DateParam {
  const raw = (value ?? '').trim()
  if (!raw) return { ok: true, day: today }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw)
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw)
  const parts = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : null
  const date = parts ? vnMidnight(Number(parts[0]), Number(parts[1]), Number(parts[2])) : null
  if (!date) {
    return { ok: false, message: `Ngày “${raw.slice(0, 40)}” không hợp lệ. Vui lòng nhập ngày dạng dd/mm/yyyy, ví dụ 01/07/2026.` }
  }
  if (Number(parts![0]) < 1945 || Number(parts![0]) > 2200) {
    return { ok: false, message: 'Năm phải trong khoảng 1945–2200.' }
  }
  return { ok: true, day: vnDayKey(date) }
}
