import { describe, expect, test } from 'vitest';
import { contentSecurityPolicyHeader, headersFile, securityHeaders } from '../../../src/lib/site/security.ts';
import { parseHeadersFile } from '../../../scripts/lib/static-server.ts';
import { policyDirectives as directives } from '../../helpers/csp.ts';

describe('contentSecurityPolicyHeader', () => {
  const policy = directives(contentSecurityPolicyHeader());

  test.each([
    ['default-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['style-src', ["'self'"]],
    ['script-src', ["'self'"]],
  ])('sets %s to %j', (name, values) => {
    expect(policy.get(name)).toEqual(values);
  });

  test('allows no inline code, eval, WebAssembly, worker or other origin', () => {
    const all = [...policy.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("'wasm-unsafe-eval'");
    expect(policy.has('worker-src')).toBe(false);
    expect(all.filter((source) => /^(https?:|\*|data:|blob:)/.test(source))).toEqual([]);
  });
});

describe('headersFile', () => {
  test.each([
    ['/', '/*'],
    ['/mopac-decisions/', '/mopac-decisions/*'],
    ['/mopac-decisions', '/mopac-decisions/*'],
  ])('applies the headers to every path under base %s', (base, pattern) => {
    expect(headersFile(base).split('\n')).toContain(pattern);
  });

  test('round-trips through the _headers reader the test server uses', () => {
    const headersFor = parseHeadersFile(headersFile('/site/'));
    expect(headersFor('/site/decisions/pcd-1092/')).toEqual(securityHeaders());
    expect(headersFor('/elsewhere/')).toEqual([]);
  });

  test('includes HSTS, nosniff, a strict referrer policy and the CSP', () => {
    const names = new Map(securityHeaders());
    expect(names.get('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/);
    expect(names.get('X-Content-Type-Options')).toBe('nosniff');
    expect(names.get('Referrer-Policy')).toBe('no-referrer');
    expect(names.get('Content-Security-Policy')).toBe(contentSecurityPolicyHeader());
  });
});

describe('parseHeadersFile', () => {
  test('refuses a header line that has no path above it', () => {
    expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(/is not "Name: value" under a path/);
  });
});
