import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { allDecisions } from '../../data/decisions.ts';
import { SITE_URL_FOR } from '../../data/site.ts';
import { decisionRows, exportDecisions, neutraliseFormula } from '../../lib/open-data.ts';

/** One row per decision. */
export const GET: APIRoute = async ({ site }) => {
  const rows = decisionRows(exportDecisions(await allDecisions(), (path) => SITE_URL_FOR(site, path)));
  return new Response(stringify(rows.map((row) => row.map(neutraliseFormula))), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
