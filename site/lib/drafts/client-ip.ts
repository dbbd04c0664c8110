/**
 * The address a request came from, for rate limits. Behind a reverse proxy every request
 * comes from the proxy, so TRUST_PROXY=1 takes the last X-Forwarded-For entry (the one the
 * proxy added); without it the header is ignored, since anyone can send it.
 */

/** Returns the client's address, or 'unknown'. */
export function clientIp(request: Request, socketAddress: () => string | undefined): string {
  if (process.env.TRUST_PROXY === '1') {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean)
    if (forwarded?.length) return forwarded[forwarded.length - 1]!
  }
  try {
    return socketAddress() || 'unknown'
  } catch {
    return 'unknown'
  }
}
