/**
 * Heading levels for a decision body. The page has its own h1, so the body uses ## to ####, and
 * it never skips a level going down (a screen reader's outline would have a hole). The levels
 * the extraction produced are noise, so only their order matters: deeper, same or shallower.
 */

const TOP = 2;
const BOTTOM = 4;

/**
 * Maps the levels headings were found at to levels from 2 to 4 that keep their relative nesting
 * and never go down by more than one.
 */
export function normaliseHeadingLevels(found: readonly number[]): number[] {
  const open: { found: number; level: number }[] = [];
  return found.map((level) => {
    while (open.length > 0 && (open[open.length - 1]?.found ?? 0) > level) open.pop();
    const parent = open[open.length - 1];
    let result: number;
    if (parent && parent.found === level) {
      result = parent.level;
      open.pop();
    } else {
      result = parent ? Math.min(parent.level + 1, BOTTOM) : TOP;
    }
    open.push({ found: level, level: result });
    return result;
  });
}
