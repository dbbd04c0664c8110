import type { CollectionConfig, PayloadRequest } from 'payload'

import { administrators, only, ownAccountOr, ROLE_OPTIONS } from '../../access/policy'
import { clearLoginThrottle, throttleLogin } from '../../auth/throttle'
import { publicIsHttps, publicUrl } from '../../lib/public-url'
import { DIGEST_OPTIONS } from '../../notifications/digest'
import { defaultDigestSetting } from './hooks/defaultDigest'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

export const USERS_SLUG = 'users'

export const Users: CollectionConfig = {
  slug: USERS_SLUG,
  labels: { singular: 'Người dùng', plural: 'Người dùng' },
  auth: {
    tokenExpiration: 8 * 60 * 60,
    // No account-wide lock (anyone could lock the administrator out from anywhere): sign-ins are
    // throttled per (account, address) and per address instead (cms/auth/throttle.ts).
    maxLoginAttempts: 0,
    // Secure cookies when readers reach the portal over https (PUBLIC_HOST).
    cookies: { secure: publicIsHttps(), sameSite: 'Lax' },
    forgotPassword: {
      // An absolute link from configuration (never the request's Host), usable from a mail client.
      generateEmailSubject: () => 'Đặt lại mật khẩu tài khoản quản trị cổng thông tin',
      generateEmailHTML: (args) => {
        const link = publicUrl(`/admin/reset/${encodeURIComponent(String(args?.token ?? ''))}`)
        return `<p>Có yêu cầu đặt lại mật khẩu cho tài khoản này. Mở liên kết sau trong vòng 1 giờ để đặt mật khẩu mới:</p><p><a href="${link}">${link}</a></p><p>Nếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu không thay đổi.</p>`
      },
    },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role'],
    group: 'Quản trị',
  },
  access: {
    create: only(administrators),
    read: ownAccountOr(administrators),
    update: ownAccountOr(administrators),
    delete: only(administrators),
  },
  hooks: {
    beforeOperation: [throttleLogin],
    afterLogin: [clearLoginThrottle],
    beforeChange: [firstUserIsAdmin, defaultDigestSetting],
  },
  fields: [
    { name: 'name', type: 'text', label: 'Họ và tên' },
    {
      name: 'role',
      type: 'select',
      label: 'Vai trò',
      required: true,
      // The first account becomes the administrator (a hook makes sure): its screen says so.
      defaultValue: async ({ req }: { req: PayloadRequest }) => ((await req.payload.count({ collection: 'users', overrideAccess: true, req })).totalDocs === 0 ? 'admin' : 'editor'),
      options: ROLE_OPTIONS,
      saveToJWT: true,
      access: {
        // Only an administrator changes roles; the first account is made admin by a hook.
        create: only(administrators),
        update: only(administrators),
      },
    },
    {
      name: 'digest',
      type: 'select',
      label: 'Thư tổng hợp việc cần xử lý',
      options: [...DIGEST_OPTIONS],
      admin: {
        description:
          'Mỗi sáng (mặc định 8 giờ) một thư liệt kê góp ý chờ kiểm duyệt, văn bản chờ phê duyệt và câu hỏi sắp đến hạn hoặc quá hạn trả lời (biên tập viên: câu hỏi được giao cho mình). Mặc định bật cho người kiểm duyệt và người phê duyệt. Không gửi khi không có việc chờ.',
      },
    },
  ],
}
