import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { parseDatabaseUrl } from '../cms/database-url'
import { dataDir, uploadsDir, projectRoot } from '../cms/paths'
import {
  argumentError,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupName,
  copyFolder,
  DATABASE_FILES,
  databaseOps,
  describeRows,
  formatBytes,
  formatSeconds,
  type Manifest,
  MANIFEST,
  OperatorError,
  PARTIAL_PREFIX,
  portalVersion,
  UPLOAD_FOLDERS,
  writeChecksums,
  runScript,
} from './lib/backup'

const HELP = `Sao lưu cổng thông tin: cơ sở dữ liệu và tệp tải lên, vào một thư mục có dấu thời gian.

Cách dùng:
  npm run backup -- [THƯ_MỤC_ĐÍCH] [--keep N]

  THƯ_MỤC_ĐÍCH   nơi đặt bản sao lưu (mặc định: backups/); mỗi lần chạy tạo
                 THƯ_MỤC_ĐÍCH/portal-YYYYMMDD-HHMMSS-<loại CSDL>/
  --keep N       sau khi sao lưu xong, chỉ giữ N bản mới nhất trong THƯ_MỤC_ĐÍCH
  -h, --help     in hướng dẫn này

Dùng cùng biến môi trường với npm start: DATABASE_URL, DATA_DIR.
  SQLite       bản chép nhất quán bằng VACUUM INTO, cổng vẫn chạy bình thường
  PostgreSQL   pg_dump -Fc (gói postgresql-client cùng phiên bản với máy chủ; PG_BIN=thư mục chứa pg_dump nếu cần)
  MongoDB      mongodump --archive --gzip (MongoDB Database Tools; MONGO_BIN nếu không nằm trên PATH)

Tệp tải lên (DATA_DIR/uploads, comment-files, question-files) được chép kèm. Chỉ mục tìm kiếm và
trang lưu sẵn không được sao lưu: cổng dựng lại chúng từ cơ sở dữ liệu.
Bản sao lưu chứa dữ liệu cá nhân và mật khẩu đã băm: chỉ chủ sở hữu đọc được (chmod 700).
Kiểm tra: sha256sum -c SHA256SUMS trong thư mục bản sao lưu. Khôi phục: npm run restore -- <thư mục>.`

async function main(): Promise<void> {
  let args
  try {
    args = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, keep: { type: 'string' } } })
  } catch (err) {
    throw argumentError(err, 'backup')
  }
  if (args.values.help) {
    console.log(HELP)
    return
  }
  if (args.positionals.length > 1) throw new OperatorError('Chỉ nhận một thư mục đích — xem npm run backup -- --help', 2)
  const keep = args.values.keep === undefined ? undefined : Number(args.values.keep)
  if (keep !== undefined && (!Number.isInteger(keep) || keep < 1)) throw new OperatorError(`--keep cần một số nguyên từ 1 trở lên (nhận "${args.values.keep}").`, 2)

  const started = Date.now()
  const target = parseDatabaseUrl()
  const root = path.resolve(args.positionals[0] ?? path.join(projectRoot(), 'backups'))
  const now = new Date()
  let name = backupName(now, target.kind)
  for (let i = 2; fs.existsSync(path.join(root, name)); i++) name = `${backupName(now, target.kind)}-${i}`
  const finalDir = path.join(root, name)
  const workDir = path.join(root, `${PARTIAL_PREFIX}${name}`)

  console.log(`Sao lưu ${target.kind} (${target.display}) và tệp tải lên trong ${dataDir()}`)
  await fsp.mkdir(root, { recursive: true })
  await fsp.mkdir(workDir, { mode: 0o700 })
  const ops = databaseOps(target)
  try {
    const dbFile = DATABASE_FILES[target.kind]
    const t0 = Date.now()
    const db = await ops.dump(path.join(workDir, dbFile))
    const dbBytes = fs.statSync(path.join(workDir, dbFile)).size
    console.log(`  Cơ sở dữ liệu: ${formatBytes(dbBytes)} trong ${formatSeconds(Date.now() - t0)} — ${describeRows(db.rows)}`)

    // Files after the database: a file uploaded meanwhile is copied too (harmless); the database
    // never names a file the copy lacks, unless one was deleted in the few seconds between.
    const uploads: Manifest['uploads'] = {}
    for (const [collection, folder] of Object.entries(UPLOAD_FOLDERS)) {
      const copied = await copyFolder(path.join(uploadsDir(), folder), path.join(workDir, 'files', folder))
      uploads[collection] = { folder, ...copied }
      console.log(`  Tệp tải lên ${folder}/: ${copied.files} tệp, ${formatBytes(copied.bytes)}`)
    }

    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      portalVersion: portalVersion(projectRoot()),
      host: os.hostname(),
      database: { kind: target.kind, file: dbFile, source: target.display, ...db },
      uploads,
      durationMs: Date.now() - started,
    }
    await fsp.writeFile(path.join(workDir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 })
    const files = await writeChecksums(workDir)
    // Renamed only when complete: a folder named portal-… is always a whole backup.
    await fsp.rename(workDir, finalDir)
    console.log(`Đã sao lưu vào ${finalDir} (${files} tệp có tổng kiểm SHA-256) trong ${formatSeconds(Date.now() - started)}.`)
  } catch (err) {
    await fsp.rm(workDir, { recursive: true, force: true })
    throw err
  } finally {
    await ops.close()
  }

  if (keep !== undefined) {
    const complete = fs
      .readdirSync(root)
      .filter((n) => /^portal-\d{8}-\d{6}-/.test(n) && fs.existsSync(path.join(root, n, MANIFEST)))
      .sort()
      .reverse()
    for (const old of complete.slice(keep)) {
      await fsp.rm(path.join(root, old), { recursive: true, force: true })
      console.log(`  Đã xóa bản cũ ${old} (--keep ${keep})`)
    }
  }
}

runScript(main, 'Lỗi khi sao lưu')
