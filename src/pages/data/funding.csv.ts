import type { APIRoute } from 'astro';
import { allDecisions } from '../../data/decisions.ts';
import { SITE_URL_FOR } from '../../data/site.ts';
import { FUNDING_CSV_COLUMNS, fundingRows } from '../../lib/open-data/csv-columns.ts';
import { toCsv } from '../../lib/core/csv.ts';

/** One row per sum of money, with its role, period, programme, funder and sentence. */
export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(FUNDING_CSV_COLUMNS, fundingRows(await allDecisions(), (path) => SITE_URL_FOR(site, path))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
