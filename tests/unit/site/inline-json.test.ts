import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { inlineJson } from '../../../src/lib/site/inline-json.ts';

describe('inlineJson', () => {
  test('never lets a string close the script element it stands in', () => {
    const text = inlineJson({ title: '</script><script>alert(1)</script>' });
    expect(text).not.toMatch(/</);
    expect(JSON.parse(text)).toEqual({ title: '</script><script>alert(1)</script>' });
  });

  test('property: any value reads back unchanged and holds no "<"', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = inlineJson(value);
        expect(text.includes('<')).toBe(false);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
