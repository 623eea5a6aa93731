/**
 * Just enough YAML to write a decision's frontmatter by hand: strings that always read back as
 * the same string, and comments that cannot break the document. Plain scalars are used where they
 * are unambiguous, as in the curated files; anything else is double-quoted.
 */

const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;
const PLAIN = /^[\p{L}£(][\p{L}\p{N} £().,'’–\-/&]*$/u;
// js-yaml refuses these characters anywhere in a document, even inside a quoted string.
const UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function hex(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A YAML scalar that reads back as exactly `value`, as a string. `inFlow` is for items of a
 * `[a, b]` list, where a comma would split the item.
 */
export function yamlString(value: string, options: { inFlow?: boolean } = {}): string {
  if (PLAIN.test(value) && !RESERVED.test(value) && !/\s$/.test(value) && !(options.inFlow && value.includes(','))) return value;
  return JSON.stringify(value).replace(UNSAFE, hex);
}

/** A one-line YAML comment holding `text`, whatever characters it contains. */
export function yamlComment(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim().replace(/[\u0000-\u001f]/g, '?').replace(UNSAFE, '?');
  return line ? `# ${line}` : '#';
}
