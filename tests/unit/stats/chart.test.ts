import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { barChartSvg, dataTableHtml, formatValue, NO_DATA_TEXT, wrapText } from '../../../cms/lib/stats/chart'

/** WCAG relative luminance contrast of a #rrggbb colour against white. */
function contrastWithWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b
  return 1.05 / (l + 0.05)
}
const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])

const longLabel = 'Ủy ban nhân dân tỉnh Bà Rịa – Vũng Tàu và các sở, ban, ngành trực thuộc cấp tỉnh, cấp huyện'
const chart = barChartSvg({
  id: 'by-type',
  title: 'Văn bản theo loại <năm 2025>',
  description: 'Quyết định 12, Chỉ thị 3',
  data: [
    { label: 'Quyết định', value: 1234 },
    { label: '<script>alert("x")</script> & co', value: 3 },
    { label: longLabel, value: 0 },
  ],
  unit: 'văn bản',
  width: 480,
})

describe('barChartSvg', () => {
  it('is well-formed SVG with role="img" labelled by its own title and desc', () => {
    expect(XMLValidator.validate(chart)).toBe(true)
    expect(chart).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(chart).toContain('role="img"')
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(chart)![1].split(' ')
    expect(labelledBy).toEqual(['by-type-title', 'by-type-desc'])
    expect(chart).toContain('<title id="by-type-title">Văn bản theo loại &lt;năm 2025&gt;</title>')
    expect(chart).toContain('<desc id="by-type-desc">Quyết định 12, Chỉ thị 3</desc>')
  })

  it('escapes every text and has no script or inline style', () => {
    expect(chart).not.toContain('<script')
    expect(chart).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co')
    expect(chart).not.toMatch(/\sstyle=/)
    expect(chart).not.toMatch(/\son[a-z]+=/)
  })

  it('draws labels and values as text, in Vietnamese number format', () => {
    expect(chart).toContain('>Quyết định<')
    expect(chart).toContain('>1.234 văn bản<')
    expect(chart).toContain('>3 văn bản<')
    expect(chart).toContain('>0 văn bản<')
    // The long label wraps onto several lines, none dropped.
    const tspans = [...chart.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1])
    expect(tspans.filter((t) => longLabel.includes(t)).join(' ')).toBe(longLabel)
  })

  it('uses colours with enough contrast against white', () => {
    const fills = [...chart.matchAll(/fill="(#[0-9a-f]{6})"/gi)].map((m) => m[1])
    expect(fills.length).toBeGreaterThan(0)
    for (const f of fills) expect(contrastWithWhite(f)).toBeGreaterThanOrEqual(3)
    const textFills = [...chart.matchAll(/<text[^>]*fill="(#[0-9a-f]{6})"/gi)].map((m) => m[1])
    for (const f of textFills) expect(contrastWithWhite(f)).toBeGreaterThanOrEqual(4.5)
  })

  it('has unique ids, also across two charts on one page', () => {
    const other = barChartSvg({ id: 'by-issuer', title: 'B', description: 'B', data: [{ label: 'x', value: 1 }] })
    const all = [...ids(chart), ...ids(other)]
    expect(new Set(all).size).toBe(all.length)
    expect(ids(barChartSvg({ id: '2025 <x>', title: 't', description: 'd', data: [] }))).toEqual([
      'c-2025--x-',
      'c-2025--x--title',
      'c-2025--x--desc',
    ])
  })

  it('says "Không có dữ liệu" for empty or all-zero data', () => {
    for (const data of [[], [{ label: 'A', value: 0 }]]) {
      const svg = barChartSvg({ id: 'e', title: 'Trống', description: 'Không có', data })
      expect(XMLValidator.validate(svg)).toBe(true)
      expect(svg).toContain(`>${NO_DATA_TEXT}</text>`)
      expect(svg).not.toContain('<rect')
    }
  })

  it('draws bars proportional to the values', () => {
    const svg = barChartSvg({
      id: 'p',
      title: 't',
      description: 'd',
      data: [
        { label: 'a', value: 10 },
        { label: 'b', value: 5 },
        { label: 'c', value: -1 },
      ],
    })
    const widths = [...svg.matchAll(/<rect[^>]*width="(\d+)"/g)].map((m) => Number(m[1]))
    expect(widths[0]).toBeGreaterThan(0)
    expect(widths[1]).toBe(Math.round(widths[0] / 2))
    expect(widths[2]).toBe(0)
  })
})

describe('helpers', () => {
  it('formats values', () => {
    expect(formatValue(85.25, '%')).toBe('85,3%')
    expect(formatValue(12000)).toBe('12.000')
  })

  it('wraps text at spaces and breaks overlong words', () => {
    expect(wrapText('một hai ba bốn', 7)).toEqual(['một hai', 'ba bốn'])
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij'])
  })
})

describe('dataTableHtml', () => {
  const columns = [
    { key: 'label', header: 'Loại văn bản' },
    { key: 'count', header: 'Số lượng', numeric: true },
  ]

  it('has a caption, column headers with scope and escaped cells', () => {
    const html = dataTableHtml({
      caption: 'Văn bản theo loại & năm',
      columns,
      rows: [
        { label: '<script>x</script>', count: 1234 },
        { label: 'Chỉ thị', count: null },
      ],
    })
    expect(html).toBe(
      '<table><caption>Văn bản theo loại &amp; năm</caption>' +
        '<thead><tr><th scope="col">Loại văn bản</th><th scope="col" class="numeric">Số lượng</th></tr></thead>' +
        '<tbody><tr><th scope="row">&lt;script&gt;x&lt;/script&gt;</th><td class="numeric">1.234</td></tr>' +
        '<tr><th scope="row">Chỉ thị</th><td class="numeric"></td></tr></tbody></table>',
    )
  })

  it('marks a table of more than two columns to become cards on phones, keeping its table roles', () => {
    const html = dataTableHtml({
      caption: 'Ký số',
      columns: [...columns, { key: 'percent', header: 'Tỷ lệ "%"', numeric: true }],
      rows: [{ label: 'Chính phủ', count: 3, percent: 60 }],
    })
    expect(html).toBe(
      '<table class="table-reflow" role="table"><caption>Ký số</caption>' +
        '<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">Loại văn bản</th><th scope="col" role="columnheader" class="numeric">Số lượng</th><th scope="col" role="columnheader" class="numeric">Tỷ lệ &quot;%&quot;</th></tr></thead>' +
        '<tbody role="rowgroup"><tr role="row"><th scope="row" role="rowheader">Chính phủ</th><td role="cell" class="numeric" data-label="Số lượng">3</td><td role="cell" class="numeric" data-label="Tỷ lệ &quot;%&quot;">60</td></tr></tbody></table>',
    )
  })

  it('shows "Không có dữ liệu" when there are no rows', () => {
    const html = dataTableHtml({ caption: 'Trống', columns, rows: [] })
    expect(html).toContain(`<tbody><tr><td colspan="2">${NO_DATA_TEXT}</td></tr></tbody>`)
  })
})
