import type { Field } from 'payload'

/**
 * The date a Decree 43/2011/NĐ-CP Art 17 publication deadline runs from (approval of a plan or
 * project, approval or acceptance of a science topic, the decision to publish statistics). The
 * statistics judge timeliness from it; without it the item is counted as not judged.
 */
export function art17StartField(name: 'approvedAt' | 'announcedAt', label: string, workingDays: number): Field {
  return {
    name,
    type: 'date',
    label,
    admin: {
      date: { displayFormat: 'dd/MM/yyyy' },
      description: `Điều 17 Nghị định 43/2011/NĐ-CP: phải đăng trên cổng trong ${workingDays} ngày làm việc kể từ ngày này.`,
    },
    validate: (value: unknown) => {
      if (value === null || value === undefined || value === '') return true
      const t = Date.parse(String(value))
      if (Number.isNaN(t)) return `${label}: ngày không hợp lệ.`
      // A day ahead is tolerated for the time zone; a later date cannot have happened yet.
      return t > Date.now() + 36 * 3600_000 ? `${label}: không được sau ngày hôm nay.` : true
    },
  }
}
