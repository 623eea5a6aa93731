/**
 * Data a page hands its script in a `<script type="application/json">` element. JSON may hold
 * "</script>" inside a string; writing every "<" as \u003c keeps the element closed where the page
 * closes it, and JSON.parse reads the same text back.
 */

/** The JSON text of `value`, safe to place inside a `<script type="application/json">` element. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
