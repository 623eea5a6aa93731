/**
 * The full-text index of the search page, built once per build from every decision's plain text, in
 * the order of /search/records.json (src/lib/search/text-index.ts describes it).
 */
import { searchRecords, recordsKey } from '../lib/search/records.ts';
import { buildTextIndex, type TextManifest, type TextShard } from '../lib/search/text-index.ts';
import { allDecisions, decisionPlainTexts } from './decisions.ts';

let index: Promise<{ manifest: TextManifest; shards: TextShard[] }> | undefined;

export function textIndex(): Promise<{ manifest: TextManifest; shards: TextShard[] }> {
  index ??= (async () => {
    const records = searchRecords(await allDecisions());
    const texts = await decisionPlainTexts();
    return buildTextIndex(
      records.map((r) => texts.get(r.id) ?? ''),
      recordsKey(records),
    );
  })();
  return index;
}
