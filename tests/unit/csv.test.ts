import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../cms/lib/csv'

const columns = [
  { key: 'number', header: 'Số ký hiệu' },
  { key: 'summary', header: 'Trích yếu' },
  { key: 'issuedAt', header: 'Ngày ban hành' },
  { key: 'fields', header: 'Lĩnh vực' },
  { key: 'note', header: 'Ghi chú' },
]

const rows = [
  {
    number: '43/2011/NĐ-CP',
    summary: 'Quy định về việc cung cấp thông tin, dịch vụ công trực tuyến',
    // 00:00 Vietnam time on 13/06/2011 is 17:00 UTC the day before.
    issuedAt: new Date('2011-06-13T00:00:00+07:00'),
    fields: ['Công nghệ thông tin', 'Hành chính'],
    note: null,
  },
  {
    number: '15/CT-TTg',
    summary: 'Về việc tăng cường sử dụng văn bản điện tử, "trong hoạt động", của cơ quan\nnhà nước',
    issuedAt: '2012-05-21T17:00:00.000Z',
    fields: [],
    note: '=HYPERLINK("http://evil.example","Bấm vào đây")',
  },
  { number: '-1', summary: '@SUM(A1)', issuedAt: undefined, fields: ['+x'], note: '\tlệnh' },
]

describe('toCsv', () => {
  const csv = toCsv(rows, columns)

  it('starts with a UTF-8 BOM and uses CRLF line endings', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(csv.endsWith('\r\n')).toBe(true)
    // Every record separator is CRLF; the only bare LF is the one inside the quoted summary.
    expect(csv.split('\r\n')).toHaveLength(5)
    expect(csv.replace(/\r\n/g, '').match(/\n/g)).toHaveLength(1)
  })

  it('parses back with csv-parse: Vietnamese, commas, quotes, newlines, dates, arrays, null', () => {
    const records: string[][] = parse(csv, { bom: true })
    expect(records[0]).toEqual(['Số ký hiệu', 'Trích yếu', 'Ngày ban hành', 'Lĩnh vực', 'Ghi chú'])
    expect(records[1]).toEqual([
      '43/2011/NĐ-CP',
      'Quy định về việc cung cấp thông tin, dịch vụ công trực tuyến',
      '2011-06-13',
      'Công nghệ thông tin; Hành chính',
      '',
    ])
    expect(records[2][1]).toBe(rows[1].summary)
    expect(records[2][2]).toBe('2012-05-22')
    expect(records[2][3]).toBe('')
    expect(records[1][0].normalize('NFC')).toBe(records[1][0])
  })

  it('neutralises cells Excel would run as formulas', () => {
    const records: string[][] = parse(csv, { bom: true })
    expect(records[2][4]).toBe(`'${rows[1].note}`)
    expect(records[3]).toEqual(["'-1", "'@SUM(A1)", '', "'+x", "'\tlệnh"])
  })

  it('keeps numbers numeric, writes date-times with the Vietnam offset, and NFC text', () => {
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell(new Date('2024-03-08T08:30:00+07:00'))).toBe('2024-03-08T08:30:00+07:00')
    expect(csvCell('Nghi\u0323 đi\u0323nh')).toBe('Nghị định')
    expect(csvCell(true)).toBe('true')
    expect(csvCell('\rx')).toBe("'\rx")
  })

  it('writes only the header row for no rows', () => {
    expect(toCsv([], columns)).toBe('\uFEFFSố ký hiệu,Trích yếu,Ngày ban hành,Lĩnh vực,Ghi chú\r\n')
  })
})
