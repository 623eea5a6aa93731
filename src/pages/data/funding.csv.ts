import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { allDecisions } from '../../data/decisions.ts';
import { SITE_URL_FOR } from '../../data/site.ts';
import { fundingRows, neutraliseFormula } from '../../lib/open-data.ts';

/** One row per sum of money, with its role, period, programme and sentence. */
export const GET: APIRoute = async ({ site }) => {
  const rows = fundingRows(await allDecisions(), (path) => SITE_URL_FOR(site, path));
  return new Response(stringify(rows.map((row) => row.map(neutraliseFormula))), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
