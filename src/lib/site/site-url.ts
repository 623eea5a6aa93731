/**
 * Whether a build knows the address it will be published at. Without SITE_URL the site is built for
 * http://localhost:4321, and every citation, feed, sitemap and CSV would carry that address; outside
 * `npm start` and the tests, that is a mistake worth saying loudly.
 */

/** True for an address on this computer: localhost, *.localhost, 127.0.0.0/8 or [::1]. */
export function isLocalAddress(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(host) || host === '[::1]';
}

/**
 * The warning a build prints for its environment, or null when there is nothing to say: SITE_URL is
 * set to a public address, or LOCAL_PREVIEW=1 says the build is a local preview (`npm start`, tests).
 */
export function siteUrlWarning(env: Readonly<Record<string, string | undefined>>): string | null {
  if (env['LOCAL_PREVIEW'] === '1') return null;
  const url = env['SITE_URL'];
  if (url && !isLocalAddress(url)) return null;
  const bar = '!'.repeat(78);
  return [
    bar,
    url ? `SITE_URL is ${url}, an address on this computer.` : 'SITE_URL is not set: this build uses http://localhost:4321.',
    'Its citations, feeds, sitemap and CSV files will carry that address, which no reader can open.',
    'To publish, build with the site\'s address: SITE_URL=https://example.org npm run build',
    '(For a preview on this computer, npm start sets LOCAL_PREVIEW=1 and says nothing.)',
    bar,
  ].join('\n');
}
