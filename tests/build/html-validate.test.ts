/** Every built page is valid, well-formed HTML by html-validate's recommended and document rules. */
import { describe, expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import path from 'node:path';
import { DIST, htmlFiles, ROOT, SUBPATH_DIST } from '../helpers/site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const format = formatterFactory('text');

describe.each([
  ['domain root', DIST],
  ['sub-path', SUBPATH_DIST],
])('html-validate over the %s build', (_, dir) => {
  const files = htmlFiles(dir);

  test('finds the pages to validate', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
  });

  test.each(files)('%s is valid', async (file) => {
    const report = await validator.validateFile(path.join(dir, file));
    const messages = report.valid ? '' : format(report.results);
    expect(messages.replaceAll(ROOT, '.')).toBe('');
    expect(report.valid).toBe(true);
  });
});
