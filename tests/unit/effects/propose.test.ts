import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseLegalText } from '../../../cms/lib/legal-text'
import { proposeEffects } from '../../../cms/lib/effects/propose'
import { findRefs, refAnchor } from '../../../cms/lib/effects/refs'

const wrap = (...clauses: string[]) =>
  parseLegalText(['Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 99/2030/NĐ-CP', ...clauses, 'Điều 2. Hiệu lực thi hành', 'Nghị định này có hiệu lực từ ngày ký.'].join('\n'))

const anchors = (text: string) => findRefs(text).map(refAnchor)

describe('provision references', () => {
  it('reads a point, a clause and an article', () => {
    expect(anchors('điểm c khoản 1 Điều 3')).toEqual(['dieu-3-khoan-1-diem-c'])
    expect(anchors('khoản 2 Điều 5')).toEqual(['dieu-5-khoan-2'])
    expect(anchors('Điều 10a')).toEqual(['dieu-10a'])
    expect(anchors('điểm đ khoản 1 Điều 3')).toEqual(['dieu-3-khoan-1-diem-dd'])
  })

  it('expands lists and ranges of provisions', () => {
    expect(anchors('khoản 1, 2 và 3 Điều 5')).toEqual(['dieu-5-khoan-1', 'dieu-5-khoan-2', 'dieu-5-khoan-3'])
    expect(anchors('các Điều 7, 8 và 9')).toEqual(['dieu-7', 'dieu-8', 'dieu-9'])
    expect(anchors('từ Điều 3 đến Điều 6')).toEqual(['dieu-3', 'dieu-4', 'dieu-5', 'dieu-6'])
    expect(anchors('điểm a đến điểm đ khoản 2 Điều 7')).toEqual(['a', 'b', 'c', 'd', 'dd'].map((p) => `dieu-7-khoan-2-diem-${p}`))
    expect(anchors('khoản 3 và khoản 4 Điều 5; Điều 8')).toEqual(['dieu-5-khoan-3', 'dieu-5-khoan-4', 'dieu-8'])
  })
})

describe('effects proposed from each formula', () => {
  it('"Sửa đổi, bổ sung khoản 2 Điều 5 như sau:" with the quoted clause', () => {
    const { effects, unplaced } = proposeEffects(wrap('1. Sửa đổi, bổ sung khoản 2 Điều 5 như sau:', '“2. Thông tin được cập nhật hằng ngày.”'))
    expect(unplaced).toEqual([])
    expect(effects).toEqual([
      expect.objectContaining({ operation: 'amend', target: 'dieu-5-khoan-2', wording: ['2. Thông tin được cập nhật hằng ngày.'], source: 'dieu-1-khoan-1', sourceLabel: 'khoản 1 Điều 1' }),
    ])
  })

  it('"Bổ sung Điều 10a vào sau Điều 10 như sau:"', () => {
    const { effects } = proposeEffects(wrap('1. Bổ sung Điều 10a vào sau Điều 10 như sau:', '“Điều 10a. Dữ liệu mở', 'Cơ quan công bố dữ liệu mở.”'))
    expect(effects).toEqual([
      expect.objectContaining({ operation: 'insert', target: 'dieu-10a', after: 'dieu-10', wording: ['Điều 10a. Dữ liệu mở', 'Cơ quan công bố dữ liệu mở.'] }),
    ])
  })

  it('"Bổ sung khoản 4 vào Điều 6 như sau:" appends to the article', () => {
    const { effects } = proposeEffects(wrap('1. Bổ sung khoản 4 vào Điều 6 như sau:', '“4. Khoản mới.”'))
    expect(effects).toEqual([expect.objectContaining({ operation: 'insert', target: 'dieu-6-khoan-4', after: '' })])
  })

  it('"Bãi bỏ điểm c khoản 1 Điều 3" and a list to repeal', () => {
    const { effects } = proposeEffects(wrap('1. Bãi bỏ điểm c khoản 1 Điều 3.', '2. Bãi bỏ khoản 2, khoản 3 Điều 9.'))
    expect(effects.map((e) => [e.operation, e.target, e.source])).toEqual([
      ['repeal', 'dieu-3-khoan-1-diem-c', 'dieu-1-khoan-1'],
      ['repeal', 'dieu-9-khoan-2', 'dieu-1-khoan-2'],
      ['repeal', 'dieu-9-khoan-3', 'dieu-1-khoan-2'],
    ])
  })

  it('"Thay cụm từ “…” bằng cụm từ “…” tại …" for each provision named', () => {
    const { effects } = proposeEffects(wrap('1. Thay cụm từ “cổng thông tin” bằng cụm từ “cổng dịch vụ công” tại khoản 1 Điều 8 và Điều 9.'))
    expect(effects.map((e) => [e.operation, e.target, e.phraseFrom, e.phraseTo])).toEqual([
      ['substitute', 'dieu-8-khoan-1', 'cổng thông tin', 'cổng dịch vụ công'],
      ['substitute', 'dieu-9', 'cổng thông tin', 'cổng dịch vụ công'],
    ])
  })

  it('"Thay thế Điều 4 như sau:", suspension and ceasing', () => {
    const { effects } = proposeEffects(
      wrap('1. Thay thế Điều 4 như sau:', '“Điều 4. Nội dung mới', 'Văn bản mới.”', '2. Đình chỉ thi hành khoản 2 Điều 11.', '3. Ngưng hiệu lực Điều 12.'),
    )
    expect(effects.map((e) => [e.operation, e.target])).toEqual([
      ['replace', 'dieu-4'],
      ['suspend', 'dieu-11-khoan-2'],
      ['cease', 'dieu-12'],
    ])
  })

  it('points under "Sửa đổi, bổ sung Điều 5 như sau:" take their article from the clause', () => {
    const { effects, unplaced } = proposeEffects(
      wrap('1. Sửa đổi, bổ sung một số khoản của Điều 5 như sau:', 'a) Sửa đổi khoản 1 như sau:', '“1. Khoản một mới.”', 'b) Bãi bỏ khoản 3.'),
    )
    expect(unplaced).toEqual([])
    expect(effects.map((e) => [e.operation, e.target, e.sourceLabel])).toEqual([
      ['amend', 'dieu-5-khoan-1', 'điểm a khoản 1 Điều 1'],
      ['repeal', 'dieu-5-khoan-3', 'điểm b khoản 1 Điều 1'],
    ])
  })

  it('lists what it cannot place for manual entry', () => {
    const { effects, unplaced } = proposeEffects(wrap('1. Thay thế Phụ lục I ban hành kèm theo Nghị định.', '2. Bãi bỏ Điều 9.'))
    expect(effects.map((e) => e.target)).toEqual(['dieu-9'])
    expect(unplaced).toEqual([{ source: 'dieu-1-khoan-1', sourceLabel: 'khoản 1 Điều 1', text: 'Thay thế Phụ lục I ban hành kèm theo Nghị định.' }])
  })

  it('reads the amending fixture: whole article, inserted article, point, phrase', () => {
    const parsed = parseLegalText(readFileSync(new URL('../legal-text/fixtures/sua-doi.txt', import.meta.url), 'utf8'))
    const { effects, unplaced } = proposeEffects(parsed)
    expect(unplaced).toEqual([])
    expect(effects.map((e) => [e.operation, e.target, e.after])).toEqual([
      ['amend', 'dieu-5', ''],
      ['insert', 'dieu-5a', 'dieu-5'],
      ['amend', 'dieu-7-khoan-2-diem-a', ''],
      ['substitute', 'dieu-8', ''],
    ])
    expect(effects[2]!.wording).toEqual(['a) Văn bản được đăng trong 2 ngày làm việc;'])
  })
})
