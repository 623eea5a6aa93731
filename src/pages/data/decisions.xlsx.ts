import type { APIRoute } from 'astro';
import { allDecisions } from '../../data/decisions.ts';
import { SITE_URL_FOR } from '../../data/site.ts';
import { decisionsWorkbook } from '../../lib/open-data/xlsx.ts';

/** decisions.csv and funding.csv as one Excel workbook with typed cells (text stays text, money is a number), written at build time. */
export const GET: APIRoute = async ({ site }) =>
  new Response(await decisionsWorkbook(await allDecisions(), (path) => SITE_URL_FOR(site, path)), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
