/**
 * 360giving.json against the 360Giving Data Standard's JSON Schema (read from
 * ../shared/schemas/360giving, as tests/build/open-data.test.ts reads it) and against the checks
 * 360Giving's Data Quality Tool makes (GRANT_QUALITY_CHECKS). Each check is first shown to catch the
 * fault it is for, on a grant made faulty for it; then the real file must pass every check except
 * those the data page explains.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { threeSixtyGiving, type Grant } from '../../../src/lib/open-data/three-sixty-giving.ts';
import { GRANT_QUALITY_CHECKS, realDay } from '../../../src/lib/open-data/grant-quality.ts';
import { real, urlOf } from './fixtures.ts';

const SCHEMAS = path.resolve(import.meta.dirname, '../../../..', 'shared', 'schemas', '360giving');
const TODAY = new Date().toISOString().slice(0, 10);
const { package: data } = threeSixtyGiving(real, urlOf, { name: 'MOPAC Funding Decisions', website: urlOf('/') });

/** The 360Giving package schema, with the grant schema registered at the address the package schema gives it. */
function validatePackage(pkg: unknown): string | null {
  const read = (name: string) => JSON.parse(readFileSync(path.join(SCHEMAS, name), 'utf8'));
  const { $schema: _p, ...packageBody } = read('360-giving-package-schema.json');
  const { $schema: _g, ...grantBody } = read('360-giving-schema.json');
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
  // The 1.4.3 package schema refers to the grant schema by its 1.4.2 address; see tests/build/open-data.test.ts.
  ajv.addSchema({ ...grantBody, $id: packageBody.properties.grants.items.$ref });
  const validate = ajv.compile(packageBody);
  return validate(pkg) ? null : ajv.errorsText(validate.errors);
}

const good = data.grants[0]!;
const org = (id: string) => ({ id, name: 'Somebody' });
/** For each check, a grant made faulty in the way the check is for (a second grant beside it where the check is about the file). */
const FAULTS: Record<string, (g: Grant) => object[]> = {
  ZeroAmountTest: (g) => [{ ...g, amountAwarded: 0 }],
  FundingOrgUnrecognisedPrefix: (g) => [{ ...g, fundingOrganization: [org('mopac-decisions-org-home-office')] }],
  RecipientOrgUnrecognisedPrefix: (g) => [{ ...g, recipientOrganization: [org('XX-POLICE-1')] }],
  RecipientOrgCharityNumber: (g) => [{ ...g, recipientOrganization: [{ ...org('GB-CHC-1164883'), charityNumber: '12' }] }],
  RecipientOrgCompanyNumber: (g) => [{ ...g, recipientOrganization: [{ ...org('GB-COH-09668396'), companyNumber: '966839' }] }],
  OrganizationIdLooksInvalid: (g) => [{ ...g, fundingOrganization: [org('GB-GOR-Home Office')] }],
  MoreThanOneFundingOrg: (g) => [g, { ...g, id: `${g.id}-b`, fundingOrganization: [org('GB-GOR-D1')] }],
  LooksLikeEmail: (g) => [{ ...g, description: 'Write to grants@mopac.london.gov.uk.' }],
  ImpossibleDates: (g) => [{ ...g, awardDate: '2021-02-29' }],
  PlannedStartDateBeforeEndDate: (g) => [{ ...g, plannedDates: [{ startDate: '2022-03-31', endDate: '2021-04-01' }] }],
  ActualStartDateBeforeEndDate: (g) => [{ ...g, actualDates: [{ startDate: '2022-03-31', endDate: '2021-04-01' }] }],
  FarFuturePlannedDates: (g) => [{ ...g, plannedDates: [{ startDate: '2021-04-01', endDate: `${Number(TODAY.slice(0, 4)) + 13}-03-31` }] }],
  FarFutureActualDates: (g) => [{ ...g, actualDates: [{ startDate: '2021-04-01', endDate: `${Number(TODAY.slice(0, 4)) + 6}-03-31` }] }],
  FarPastDates: (g) => [{ ...g, awardDate: `${Number(TODAY.slice(0, 4)) - 26}-01-01` }],
  PostDatedAwardDates: (g) => [{ ...g, awardDate: `${Number(TODAY.slice(0, 4)) + 1}-01-01` }],
  RecipientIndWithoutToIndividualsDetails: (g) => [{ ...g, recipientIndividual: { id: '360G-x-1', name: 'A person' } }],
  RecipientIndDEI: (g) => [{ ...g, recipientIndividual: { id: '360G-x-1', name: 'A person' }, toIndividualsDetails: {}, project: [{}] }],
  GeoCodePostcode: (g) => [{ ...g, recipientIndividual: { id: '360G-x-1', name: 'A person' }, beneficiaryLocation: [{ name: 'Home', geoCode: 'SE1 0LL' }] }],
  'Standard: unique identifiers': (g) => [g, { ...g }],
  'Standard: grant identifier prefix': (g) => [{ ...g, id: 'mopac-decisions-pcd-1-sum-1' }],
  'Standard: currency': (g) => [{ ...g, currency: 'EUR' }],
  'Standard: title and description': (g) => [{ ...g, description: ' ' }],
  RecipientOrg360GPrefix: (g) => [{ ...g, recipientOrganization: [org('360G-x-org-1')] }],
  FundingOrg360GPrefix: (g) => [{ ...g, fundingOrganization: [org('360G-x-org-1')] }],
  NoRecipientOrgCompanyCharityNumber: (g) => [{ ...g, recipientOrganization: [org('GB-LAE-GLA')] }],
  IncompleteRecipientOrg: (g) => [{ ...g, recipientOrganization: [org('GB-LAE-GLA')] }],
  NoGrantProgramme: (g) => [{ ...g, grantProgramme: [] }],
  NoBeneficiaryLocation: (g) => [{ ...g, beneficiaryLocation: [] }],
  TitleDescriptionSame: (g) => [{ ...g, description: g.title }],
  TitleLength: (g) => [{ ...g, title: 'x'.repeat(141) }],
  NoLastModified: (g) => [g],
  NoDataSource: (g) => [{ ...g, dataSource: '' }],
};

describe('360giving.json', () => {
  test('validates against the 360Giving Data Standard’s package and grant schemas', () => {
    expect(validatePackage(data)).toBeNull();
  });

  test('the schema check itself rejects a grant with its amount as text', () => {
    expect(validatePackage({ ...data, grants: [{ ...good, amountAwarded: '1360000' }] })).toMatch(/amountAwarded/);
  });

  test('has a faulty grant ready for every check, and a check for every faulty grant', () => {
    expect(Object.keys(FAULTS).sort()).toEqual(GRANT_QUALITY_CHECKS.map((c) => c.name).sort());
  });
});

describe.each(GRANT_QUALITY_CHECKS.map((check) => [check.name, check] as const))('the Data Quality Tool’s %s', (name, check) => {
  test('catches the fault it is for', () => {
    expect(check.failures(FAULTS[name]!(good) as unknown as Grant[], TODAY)).not.toEqual([]);
  });

  if (check.flaggedBecause === undefined) {
    test('passes on 360giving.json', () => {
      expect(check.failures(data.grants, TODAY)).toEqual([]);
    });
  } else {
    test(`flags 360giving.json, as the data page says, because ${check.flaggedBecause}`, () => {
      expect(check.failures(data.grants, TODAY)).not.toEqual([]);
    });
  }
});

describe('realDay', () => {
  test.each([
    ['2021-02-01', '2021-02-01'],
    ['2020-02-29', '2020-02-29'],
    ['2021-02-29', null],
    ['2021-09-31', null],
    ['2021-12-10T00:00:00Z', '2021-12-10'],
    ['2021-12', null],
  ])('reads %j as %j', (text, day) => {
    expect(realDay(text)).toBe(day);
  });
});
