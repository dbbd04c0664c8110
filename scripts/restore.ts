import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { parseDatabaseUrl } from '../cms/database-url'
import { dataDir, uploadsDir } from '../cms/paths'
import {
  argumentError,
  databaseOps,
  DERIVED_FOLDERS,
  describeRows,
  folderIsEmpty,
  formatBytes,
  formatDateTime,
  formatSeconds,
  MANIFEST,
  OperatorError,
  readManifest,
  replaceFolderContents,
  UPLOAD_FOLDERS,
  verifyChecksums,
  runScript,
} from './lib/backup'

const HELP = `Khôi phục cổng thông tin từ một bản sao lưu (npm run backup).

Cách dùng:
  npm run restore -- <THƯ_MỤC_SAO_LƯU> [--force] [--verify-only] [--instance-data-dir DIR …]

  THƯ_MỤC_SAO_LƯU         ví dụ backups/portal-20260504-020000-postgres
  --force                 ghi đè cơ sở dữ liệu và tệp tải lên đang có dữ liệu
                          (không có --force, khôi phục chỉ chạy trên cơ sở dữ liệu trống)
  --verify-only           chỉ kiểm tra bản sao lưu (tổng kiểm SHA-256, tệp kê khai), không ghi gì
  --instance-data-dir DIR DATA_DIR của một phiên bản khác dùng chung cơ sở dữ liệu này:
                          xóa cả chỉ mục tìm kiếm và trang lưu sẵn của nó (lặp lại được)
  -h, --help              in hướng dẫn này

Dùng cùng biến môi trường với npm start: DATABASE_URL (đích khôi phục), DATA_DIR.
Trình tự: kiểm tra tổng kiểm của mọi tệp → kiểm tra không còn phiên bản cổng nào dùng cơ sở
dữ liệu → xóa chỉ mục tìm kiếm và trang lưu sẵn (DATA_DIR/search-index, DATA_DIR/pages) →
khôi phục cơ sở dữ liệu → khôi phục tệp tải lên → đếm lại số dòng và so với bản sao lưu.
Dừng mọi phiên bản cổng trước khi khôi phục; npm start sau đó dựng lại chỉ mục và trang.`

async function main(): Promise<void> {
  let args
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        force: { type: 'boolean' },
        'verify-only': { type: 'boolean' },
        'instance-data-dir': { type: 'string', multiple: true },
      },
    })
  } catch (err) {
    throw argumentError(err, 'restore')
  }
  if (args.values.help) {
    console.log(HELP)
    return
  }
  if (args.positionals.length !== 1) throw new OperatorError('Cần đúng một thư mục sao lưu, ví dụ: npm run restore -- backups/portal-20260504-020000-sqlite (xem --help)', 2)
  const started = Date.now()
  const dir = path.resolve(args.positionals[0]!)
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new OperatorError(`Không có thư mục ${dir}.`)
  if (!fs.existsSync(path.join(dir, MANIFEST))) {
    const inside = fs.readdirSync(dir).filter((n) => n.startsWith('portal-') && fs.existsSync(path.join(dir, n, MANIFEST))).sort().reverse()
    throw new OperatorError(
      inside.length
        ? `${dir} là thư mục chứa các bản sao lưu; chọn một, ví dụ bản mới nhất: ${path.join(dir, inside[0]!)}${inside.length > 1 ? ` (còn ${inside.length - 1} bản cũ hơn)` : ''}`
        : `${dir} không phải bản sao lưu (thiếu ${MANIFEST}).`,
    )
  }

  // 1. The backup first: nothing is touched unless every file is whole.
  const checked = await verifyChecksums(dir)
  const manifest = await readManifest(dir)
  console.log(`Bản sao lưu ${path.basename(dir)}: tạo lúc ${formatDateTime(new Date(manifest.createdAt))} trên ${manifest.host}, phiên bản cổng ${manifest.portalVersion}`)
  console.log(`  Đã kiểm tra ${checked.files} tệp (${formatBytes(checked.bytes)}): tổng kiểm SHA-256 khớp.`)
  console.log(`  Cơ sở dữ liệu ${manifest.database.kind}: ${describeRows(manifest.database.rows)}`)
  for (const u of Object.values(manifest.uploads)) console.log(`  Tệp tải lên ${u.folder}/: ${u.files} tệp, ${formatBytes(u.bytes)}`)
  if (args.values['verify-only']) {
    console.log('Bản sao lưu dùng được (--verify-only: không khôi phục gì).')
    return
  }

  const target = parseDatabaseUrl()
  if (target.kind !== manifest.database.kind) {
    throw new OperatorError(`Bản sao lưu là cơ sở dữ liệu ${manifest.database.kind}, còn DATABASE_URL trỏ tới ${target.kind} (${target.display}): đặt DATABASE_URL cùng loại.`)
  }
  const dataDirs = [dataDir(), ...(args.values['instance-data-dir'] ?? []).map((d) => path.resolve(d))]
  const ops = databaseOps(target)
  try {
    // 2. No portal may run on the database while it is replaced.
    const users = await ops.users()
    if (users.length) {
      throw new OperatorError(
        `Cơ sở dữ liệu ${target.display} đang được dùng (${users.slice(0, 5).join('; ')}${users.length > 5 ? '; …' : ''}). Dừng mọi phiên bản cổng (npm start) rồi chạy lại.`,
      )
    }
    // 3. Never overwrite data without being told to.
    const occupied: string[] = []
    if (!(await ops.isEmpty())) occupied.push(`cơ sở dữ liệu ${target.display}`)
    for (const folder of Object.values(UPLOAD_FOLDERS)) {
      const full = path.join(uploadsDir(), folder)
      if (!(await folderIsEmpty(full))) occupied.push(full)
    }
    if (occupied.length && !args.values.force) {
      throw new OperatorError(`Không khôi phục: đã có dữ liệu ở ${occupied.join(', ')}. Nếu chắc chắn muốn thay bằng bản sao lưu, chạy lại với --force.`, 3)
    }
    if (occupied.length) console.log(`  --force: thay dữ liệu đang có ở ${occupied.join(', ')}`)

    // 4. Derived state goes first: a portal started after any failure below rebuilds it from the
    // database rather than serving pages or search results of the old one.
    for (const base of dataDirs) {
      for (const folder of DERIVED_FOLDERS) {
        const full = path.join(base, folder)
        if (fs.existsSync(full)) {
          await fsp.rm(full, { recursive: true, force: true })
          console.log(`  Đã xóa ${full} (dựng lại khi khởi động)`)
        }
      }
    }

    // 5. The database.
    const t0 = Date.now()
    await ops.restore(path.join(dir, manifest.database.file), manifest)
    console.log(`  Đã khôi phục cơ sở dữ liệu vào ${target.display} trong ${formatSeconds(Date.now() - t0)}`)

    // 6. The uploaded files (the folders themselves are kept: they may be links shared by instances).
    for (const [collection, u] of Object.entries(manifest.uploads)) {
      const folder = UPLOAD_FOLDERS[collection] ?? u.folder
      const restored = await replaceFolderContents(path.join(uploadsDir(), folder), path.join(dir, 'files', u.folder))
      if (restored.files !== u.files || restored.bytes !== u.bytes) {
        throw new OperatorError(`Khôi phục ${folder}/ chép được ${restored.files} tệp (${restored.bytes} byte), bản sao lưu có ${u.files} tệp (${u.bytes} byte).`)
      }
      console.log(`  Đã khôi phục ${restored.files} tệp (${formatBytes(restored.bytes)}) vào ${path.join(uploadsDir(), folder)}`)
    }

    // 7. Count again and compare.
    const now = await ops.rows()
    if (manifest.database.rowsExact) {
      const expected = manifest.database.rows
      const differ = [...new Set([...Object.keys(expected), ...Object.keys(now)])].filter((t) => expected[t] !== now[t])
      if (differ.length) {
        throw new OperatorError(`Sau khôi phục, số dòng khác bản sao lưu ở ${differ.slice(0, 5).map((t) => `${t} (${now[t] ?? 'không có'} ≠ ${expected[t] ?? 'không có'})`).join(', ')}.`)
      }
      console.log(`  Kiểm tra: số dòng của ${Object.keys(now).length} bảng khớp bản sao lưu.`)
    }
    console.log(`Đã khôi phục trong ${formatSeconds(Date.now() - started)}: ${describeRows(now)}.`)
    console.log('Khởi động cổng (npm start): chỉ mục tìm kiếm và trang văn bản được dựng lại từ cơ sở dữ liệu đã khôi phục.')
  } finally {
    await ops.close()
  }
}

runScript(main, 'Lỗi khi khôi phục')
