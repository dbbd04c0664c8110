/** The directory as open data (CSV and JSON): one flat record per published agency. */
import { agencyPath } from '../../cms/lib/paths'
import type { Agency } from '../../cms/payload-types'
import type { CsvColumn } from '../../cms/lib/csv'
import { describeFlag } from '../../cms/lib/agencies/flags'
import { isGovVnAddress } from '../../cms/lib/agencies/email'
import { levelLabel, purposeLabel } from '../../cms/lib/agencies/levels'
import { isoDate } from '../../cms/lib/dates'
import { type Directory } from './cms/agencies'

/** Returns the public export record of one agency; `origin` makes its page URL absolute. */
export function exportRecord(agency: Agency, directory: Directory, origin: string) {
  const parentId = agency.parent && typeof agency.parent === 'object' ? agency.parent.id : agency.parent
  const parent = parentId != null ? directory.byId.get(String(parentId)) : undefined
  const emails = (agency.emails ?? []).map((e) => ({
    address: e.address,
    purpose: e.purpose,
    purposeLabel: purposeLabel(e.purpose),
    isGovVn: isGovVnAddress(e.address),
    nonGovReason: e.nonGovReason ?? null,
  }))
  return {
    id: agency.id,
    slug: agency.slug,
    url: new URL(agencyPath(agency.slug), origin).href,
    name: agency.name,
    nameEn: agency.nameEn ?? null,
    abbreviation: agency.abbreviation ?? null,
    level: agency.level,
    levelLabel: levelLabel(agency.level),
    parent: parent ? { id: parent.id, slug: parent.slug, name: parent.name } : null,
    emails,
    documentSystemUrl: agency.documentSystemUrl ?? null,
    phone: agency.phone ?? null,
    fax: agency.fax ?? null,
    address: agency.address ?? null,
    website: agency.website ?? null,
    focalPoint: agency.focalPoint ?? null,
    officials: (agency.officials ?? []).map((o) => ({ name: o.name, position: o.position, unit: o.unit ?? null, phone: o.phone ?? null, email: o.email ?? null })),
    lastVerifiedAt: isoDate(agency.lastVerifiedAt) || null,
    updatedAt: agency.updatedAt,
    warnings: (directory.flags.get(String(agency.id)) ?? []).map(describeFlag),
    isSample: Boolean(agency.isSample),
  }
}

/** CSV columns (dot paths; lists joined with "; "), Vietnamese headers for the civil servants who open it in Excel. */
export const AGENCY_CSV_COLUMNS: CsvColumn[] = [
  { key: 'name', header: 'Tên cơ quan' },
  { key: 'nameEn', header: 'Tên tiếng Anh' },
  { key: 'abbreviation', header: 'Tên viết tắt' },
  { key: 'levelLabel', header: 'Cấp' },
  { key: 'parent.name', header: 'Cơ quan cấp trên' },
  { key: 'emails.address', header: 'Thư điện tử chính thức' },
  { key: 'emails.purposeLabel', header: 'Mục đích' },
  { key: 'documentSystemUrl', header: 'Hệ thống quản lý văn bản điện tử' },
  { key: 'phone', header: 'Điện thoại' },
  { key: 'fax', header: 'Fax' },
  { key: 'address', header: 'Địa chỉ' },
  { key: 'website', header: 'Trang thông tin điện tử' },
  { key: 'focalPoint.name', header: 'Đầu mối cung cấp thông tin' },
  { key: 'focalPoint.email', header: 'Thư điện tử đầu mối' },
  { key: 'focalPoint.phone', header: 'Điện thoại đầu mối' },
  { key: 'lastVerifiedAt', header: 'Ngày xác minh' },
  { key: 'warnings', header: 'Cảnh báo' },
  { key: 'url', header: 'Trang trên cổng' },
]
