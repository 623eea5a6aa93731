/**
 * What the published data says about itself: every column of decisions.csv and funding.csv, every
 * 360Giving field this site fills and every property of decisions.json's JSON Schema comes with a
 * description a reader can use (/data/ shows them, and the schema travels with the file). The
 * 360Giving field list is the set of fields the grants really carry, and the schema's date and
 * financial-year patterns accept what the file holds and nothing around it.
 */
import { describe, expect, test } from 'vitest';
import { DECISION_CSV_COLUMNS, FUNDING_CSV_COLUMNS } from '../../../src/lib/open-data/csv-columns.ts';
import { decisionsJsonSchema } from '../../../src/lib/open-data/decisions-json.ts';
import { THREE_SIXTY_GIVING_FIELDS, threeSixtyGiving } from '../../../src/lib/open-data/three-sixty-giving.ts';
import { PART_TWO_STATUSES } from '../../../src/lib/core/enums.ts';
import { everyRole, real, urlOf } from './fixtures.ts';

/** A description: a sentence of some length, starting with a capital, a digit or a quote, ending with a stop. */
const SENTENCE = /^[A-Za-z0-9"“`].{2,}[.)…”"]$/su;

describe.each([
  ['decisions.csv', DECISION_CSV_COLUMNS],
  ['funding.csv', FUNDING_CSV_COLUMNS],
] as const)('the columns of %s', (_, columns) => {
  test('each says what it holds, in a sentence of its own', () => {
    for (const column of columns) expect(column.description, column.name).toMatch(SENTENCE);
    expect(new Set(columns.map((c) => c.description)).size).toBe(columns.length);
  });

  test('each has a name of its own, in lower case with underscores', () => {
    for (const column of columns) expect(column.name).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(new Set(columns.map((c) => c.name)).size).toBe(columns.length);
  });
});

describe('the 360Giving fields this site fills', () => {
  const grants = threeSixtyGiving([...real, everyRole], urlOf).package.grants;

  test('are exactly the fields its grants carry', () => {
    const carried = new Set(grants.flatMap((grant) => Object.keys(grant)));
    expect(THREE_SIXTY_GIVING_FIELDS.map((f) => f.name).sort()).toEqual([...carried].sort());
  });

  test('each says what it holds, in a sentence of its own', () => {
    for (const field of THREE_SIXTY_GIVING_FIELDS) expect(field.description, field.name).toMatch(SENTENCE);
    expect(new Set(THREE_SIXTY_GIVING_FIELDS.map((f) => f.description)).size).toBe(THREE_SIXTY_GIVING_FIELDS.length);
  });

  test('the package has a title and a description of its own', () => {
    const { package: data } = threeSixtyGiving(real, urlOf);
    expect(data.title).toMatch(/MOPAC/);
    expect(data.description).toMatch(SENTENCE);
    expect(data.description).toMatch(/accepts/);
  });

  test('every grant says its currency and names its financial years as classifications', () => {
    for (const grant of grants) expect(grant.currency).toBe('GBP');
    const classified = grants.filter((grant) => grant.classifications);
    expect(classified.length).toBeGreaterThan(0);
    for (const grant of classified) {
      for (const c of grant.classifications ?? []) {
        expect(c.vocabulary).toBe('UK financial year');
        expect(c.code).toMatch(/^\d{4}\/\d{2}$/);
        expect(c.title).toBe(`Financial year ${c.code}`);
      }
    }
  });
});

describe('the JSON Schema of decisions.json', () => {
  const schema = decisionsJsonSchema('https://example.org/data/decisions.schema.json');

  /** Every node of the schema with the path to it. */
  const nodes = (node: unknown, path = '#'): [string, Record<string, unknown>][] => {
    if (typeof node !== 'object' || node === null) return [];
    const here: [string, Record<string, unknown>][] = Array.isArray(node) ? [] : [[path, node as Record<string, unknown>]];
    return here.concat(Object.entries(node).flatMap(([key, value]) => nodes(value, `${path}/${key}`)));
  };

  test('is draft 2020-12, titled and described', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['title']).toBe('MOPAC funding decisions');
    expect(schema['description']).toMatch(SENTENCE);
  });

  test('describes every property of every object it defines', () => {
    const objects = nodes(schema).filter(([, node]) => typeof node['properties'] === 'object');
    expect(objects.length).toBeGreaterThanOrEqual(4);
    for (const [path, node] of objects) {
      for (const [name, property] of Object.entries(node['properties'] as Record<string, Record<string, unknown>>)) {
        expect(property['description'], `${path}/properties/${name}`).toMatch(SENTENCE);
      }
    }
  });

  test('has no empty description anywhere, shared definitions included', () => {
    for (const [path, node] of nodes(schema)) if ('description' in node) expect(node['description'], path).toMatch(SENTENCE);
  });

  /** The patterns of the schema's nodes that `where` picks, read as regular expressions. */
  const patterned = (where: (path: string, node: Record<string, unknown>) => boolean) => {
    const found = nodes(schema).filter(([path, node]) => where(path, node));
    expect(found.length).toBeGreaterThan(0);
    return found.map(([, node]) => new RegExp(String(node['pattern']), 'u'));
  };
  const titled = (title: string) => (_: string, node: Record<string, unknown>) => node['title'] === title;

  test.each([
    ['2021-02-01', true],
    ['2024-03', true],
    ['2021-12-31', true],
    ['x2021-02-01', false],
    ['2021-02-01x', false],
    ['2021-13', false],
    ['2021-00-01', false],
    ['2021-02-32', false],
    ['21-02-01', false],
  ])('its dates accept %j: %s', (value, ok) => {
    for (const pattern of patterned(titled('date'))) expect(pattern.test(value)).toBe(ok);
  });

  test.each([
    ['1360000.00', true],
    ['0.05', true],
    ['x1.00', false],
    ['1.00x', false],
    ['1.0', false],
  ])('its pounds accept %j: %s', (value, ok) => {
    for (const pattern of patterned((path) => path.endsWith('/properties/pounds'))) expect(pattern.test(value)).toBe(ok);
  });

  test('lists every value the site writes for where a date comes from and for Part 2', () => {
    // A nullable enum nests its values one level down (anyOf), so every enum under the property is read.
    const values = (name: string) =>
      nodes(schema)
        .filter(([path]) => path.includes(`/properties/${name}`))
        .flatMap(([, node]) => (Array.isArray(node['enum']) ? (node['enum'] as string[]) : []));
    expect(values('placingBasis')).toEqual(['signed', 'other-date', 'financial-year']);
    expect(values('partTwo')).toEqual([...PART_TWO_STATUSES]);
  });

  test.each([
    ['2021/22', true],
    ['x2021/22', false],
    ['2021/22x', false],
    ['2021/2022', false],
    ['21/22', false],
  ])('its financial years accept %j: %s', (value, ok) => {
    for (const pattern of patterned(titled('financial year'))) expect(pattern.test(value)).toBe(ok);
  });
});
