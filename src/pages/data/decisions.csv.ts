import type { APIRoute } from 'astro';
import { allDecisions } from '../../data/decisions.ts';
import { SITE_URL_FOR } from '../../data/site.ts';
import { DECISION_CSV_COLUMNS } from '../../lib/open-data/csv-columns.ts';
import { exportDecisions } from '../../lib/open-data/decisions-json.ts';
import { toCsv } from '../../lib/core/csv.ts';

/** One row per decision, newest first. */
export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(DECISION_CSV_COLUMNS, exportDecisions(await allDecisions(), (path) => SITE_URL_FOR(site, path))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
