/** The OpenAPI description of the public API, built from the same declarations the dispatcher uses. */
import { API_ENDPOINTS, API_TAGS } from '../../../cms/lib/api/endpoints'
import { buildOpenApi, type OpenApiDocument } from '../../../cms/lib/api/openapi'

/** Version of the API description; the path carries the major version (`/api/v1`). */
export const API_VERSION = '1.0.0'

/** Returns the OpenAPI 3.1 document with the server URL of this origin. */
export function apiDescription(origin: string): OpenApiDocument {
  return buildOpenApi(API_ENDPOINTS, {
    title: 'API dữ liệu mở',
    version: API_VERSION,
    serverUrl: `${origin}/api/v1`,
    description:
      'Dữ liệu mở của cổng thông tin: văn bản pháp luật, dự thảo lấy ý kiến và góp ý đã công khai, danh bạ cơ quan, tìm kiếm. Chỉ nội dung đã công bố; không có thư điện tử hay số điện thoại của người góp ý.',
    tagDescriptions: {
      [API_TAGS.documents]: 'Văn bản đã công bố, lọc như trang Văn bản.',
      [API_TAGS.drafts]: 'Dự thảo lấy ý kiến, phiên bản và góp ý đã công khai.',
      [API_TAGS.agencies]: 'Danh bạ cơ quan và thư điện tử chính thức.',
      [API_TAGS.search]: 'Tìm kiếm toàn cổng, không phân biệt dấu.',
    },
  })
}
