import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { fileTypeFromBuffer } from 'file-type'

import { checkAttachment } from '../../../consultation/comments/file-check'

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp'])

/**
 * Checks an uploaded file's type from its bytes, not its name: documents must really be
 * PDF/DOC/DOCX and images real images (a renamed executable is refused with a clear message).
 */
export const verifyFileType: CollectionBeforeOperationHook = async ({ req, operation }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.data) return
  const file = req.file
  if (file.name.toLowerCase().endsWith('.svg')) {
    // SVG can carry scripts; only the emblem uses it and it is served with nosniff + CSP.
    if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(file.data.subarray(0, 512).toString('utf8')) || /<script|on\w+=/i.test(file.data.toString('utf8')))
      throw new APIError('Tệp SVG không hợp lệ hoặc chứa mã lệnh.', 400, undefined, true)
    file.mimetype = 'image/svg+xml'
    return
  }
  const sniffed = await fileTypeFromBuffer(file.data)
  if (sniffed && IMAGE_TYPES.has(sniffed.mime)) {
    file.mimetype = sniffed.mime
    return
  }
  const checked = await checkAttachment(file.data, file.name)
  if (!checked.ok) throw new APIError(checked.message.replace(/^Tệp đính kèm/, 'Tệp tải lên'), 400, undefined, true)
  file.mimetype = checked.mime
}
