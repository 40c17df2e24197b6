/** A web page the public may follow: only an http(s) address becomes a link (never `javascript:` or `data:`). */
export function webLink(web: string | null): string | null {
  if (!web) return null;
  try {
    const url = new URL(web);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
