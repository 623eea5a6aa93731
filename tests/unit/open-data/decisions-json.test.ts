import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { decisionsFile, decisionsJsonSchema, exportDecisions, exportedDecisionSchema } from '../../../src/lib/open-data/decisions-json.ts';
import { jsonFields } from '../../../src/lib/open-data/field-docs.ts';
import { penceToPounds } from '../../../src/lib/core/money.ts';
import { real, unsigned, urlOf } from './fixtures.ts';

describe('penceToPounds', () => {
  test.each([
    [0, '0.00'],
    [5, '0.05'],
    [1050, '10.50'],
    [136_000_000, '1360000.00'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('writes %i pence as "%s"', (pence, pounds) => {
    expect(penceToPounds(pence)).toBe(pounds);
  });
});

describe('exportDecisions', () => {
  test('lists every real decision once, newest first, each sum exact in pence with its page anchor', () => {
    const exported = exportDecisions(real, urlOf);
    expect(exported.map((d) => d.id).sort()).toEqual(real.map((d) => d.id).sort());
    expect(exported.map((d) => d.id)).toEqual(['ocs-grant-2023-2027', 'pcd-1092', 'pcd-911', 'pcd-785', 'pcd-386']);
    for (const d of exported) {
      const source = real.find((r) => r.id === d.id)!;
      expect(d.sums.map((s) => s.pence)).toEqual(source.amounts.map((a) => a.pence));
      expect(d.sums.map((s) => s.url)).toEqual(source.amounts.map((_, i) => `https://example.org/base/decisions/${d.id}/#sum-${i + 1}`));
      expect(d.acceptedPence).toBe(source.amounts.filter((a) => a.role === 'accepted').reduce((n, a) => n + a.pence, 0));
    }
  });

  test('gives a decision without a signing date a null date and the reason', () => {
    const [exported] = exportDecisions([unsigned], urlOf);
    expect(exported).toMatchObject({ signedDate: null, signedAsWritten: null, signedNotStated: 'The published document has no signature block.' });
  });
});

describe('decisionsFile and its JSON Schema', () => {
  const schema = decisionsJsonSchema('https://example.org/base/data/decisions.schema.json');
  const validate = addFormats(new Ajv2020({ allErrors: true, strict: false })).compile(schema);

  test('the real export validates against the schema generated from the same definition', () => {
    const file = decisionsFile(real, urlOf);
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(file.schema).toBe('https://example.org/base/data/decisions.schema.json');
    expect(file.licence.name).toBe('Open Government Licence v3.0');
  });

  test.each([
    ['a sum in pounds, not whole pence', (f: any) => (f.decisions[0].sums[0].pence = 1360000.5)],
    ['a role the site does not use', (f: any) => (f.decisions[0].sums[0].role = 'grant')],
    ['a field the schema does not know', (f: any) => (f.decisions[0].extra = true)],
    ['a date written UK-style', (f: any) => (f.decisions[1].signedDate = '10/12/2021')],
  ])('the schema rejects %s', (_, spoil) => {
    const file = structuredClone(decisionsFile(real, urlOf));
    spoil(file);
    expect(validate(file)).toBe(false);
  });

  test('lists a field of the page table for every field of the schema, each with a description', () => {
    const fields = jsonFields(exportedDecisionSchema, ['sums']);
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(Object.keys(exportedDecisionSchema.shape)));
    expect(fields.map((f) => f.name)).toContain('source.publisher');
    expect(fields.filter((f) => !f.description)).toEqual([]);
  });
});
