/**
 * Internal links that work at a domain root and under a sub-path chosen at build time.
 * Pure: the base is passed in; src/data/site.ts binds it to the build's configuration.
 */

/** Returns a function that prefixes site-relative paths with `base` ("/" or "/mopac-decisions/"). */
export function createPathFormatter(base: string): (path: string) => string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  return (path: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('#')) return path;
    const clean = path.startsWith('/') ? path : `/${path}`;
    return `${prefix}${clean}`;
  };
}

/** Normalises a base path from the environment: "", "x", "/x", "/x/" -> "/x/"; nothing -> "/". */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) {
    throw new Error(`SITE_BASE must be a URL path such as /mopac-decisions/, got "${value}"`);
  }
  return `/${trimmed}/`;
}

/** The site-relative address of a decision's page, or of one anchor on it: "/decisions/pcd-1092/#sum-1". */
export function decisionPath(id: string, anchor?: string): string {
  return `/decisions/${id}/${anchor ? `#${anchor}` : ''}`;
}

/**
 * A site-relative path as a link from any decision page, without the base path: "/glossary/"
 * becomes "../../glossary/". Markdown rendered once serves every base path this way.
 */
export function fromDecisionPage(path: string): string {
  const depth = decisionPath('x').split('/').filter(Boolean).length;
  return `${'../'.repeat(depth)}${path.replace(/^\/+/, '')}`;
}
