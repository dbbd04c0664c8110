/**
 * Concurrent commenters posting the real form (multipart, same origin, as a browser does).
 * A submission counts as acknowledged only when the server answered 303 with a tracking code:
 * that is the receipt a person would see.
 */

import { signFormStart } from '../../cms/lib/form-start'

/** What one submitter loop records. */
export interface Tally {
  attempts: number
  acknowledged: { code: string; email: string }[]
  latenciesMs: number[]
  /** Answers other than 303, by status (or 'network' when the server was down). */
  errors: Record<string, number>
}

/** Returns a fresh tally. */
export function newTally(): Tally {
  return { attempts: 0, acknowledged: [], latenciesMs: [], errors: {} }
}

const STANCES = ['agree', 'disagree', 'partlyAgree']
const WORDS = ('đề nghị bổ sung sửa đổi quy định thời hạn cập nhật thông tin cổng điện tử cơ quan nhà nước trách nhiệm công khai ' +
  'dự thảo lấy ý kiến người dân doanh nghiệp hộ kinh doanh tổ chức xã hội phí lệ phí hồ sơ thủ tục hành chính một cửa liên thông ' +
  'chữ ký số văn bản điện tử lưu trữ bảo mật dữ liệu cá nhân điều khoản chuyển tiếp hiệu lực thi hành').split(' ')
const CAMPAIGN = 'Chúng tôi đề nghị giữ nguyên mức phí hiện hành và kéo dài thời hạn lấy ý kiến thêm ba mươi ngày để người dân kịp góp ý'

// Mostly individual comments (different words), one in ten a campaign text: both paths of the
// intake and of similarity grouping are exercised.
function body(n: number): string {
  if (n % 10 === 0) return `${CAMPAIGN} (${n % 7}).`
  let x = n * 2654435761
  const words = Array.from({ length: 60 }, () => {
    x = (x * 1103515245 + 12345) % 2147483648
    return WORDS[x % WORDS.length]
  })
  return `Góp ý số ${n}: ${words.join(' ')}.`
}

/** Posts comments until `running()` is false; network errors (server down) are retried after a pause. */
export async function submitLoop(base: string, slug: string, id: number, running: () => boolean, tally: Tally): Promise<void> {
  let n = 0
  while (running()) {
    n++
    const seq = id * 1_000_000 + n
    const email = `bench-${seq}@example.vn`
    const form = new FormData()
    form.set('fullName', `Người góp ý ${seq}`)
    form.set('email', email)
    form.set('submitterCategory', 'individual')
    form.set('stance', STANCES[seq % 3]!)
    form.set('article', seq % 2 ? 'dieu-5' : '')
    form.set('body', body(seq))
    form.set('consent', 'on')
    form.set('startedAt', signFormStart(Date.now() - 10_000))
    const started = performance.now()
    tally.attempts++
    try {
      const res = await fetch(`${base}/du-thao/${slug}`, { method: 'POST', body: form, redirect: 'manual', headers: { Origin: base } })
      await res.arrayBuffer()
      const code = /ma=(GY-\d{4}-\d{6})/.exec(res.headers.get('location') ?? '')?.[1]
      if (res.status === 303 && code) {
        tally.acknowledged.push({ code, email })
        tally.latenciesMs.push(performance.now() - started)
      } else {
        tally.errors[String(res.status)] = (tally.errors[String(res.status)] ?? 0) + 1
      }
    } catch {
      tally.errors.network = (tally.errors.network ?? 0) + 1
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}

/** Returns the p-th percentile (0–100) of the values, or null for none. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
