/**
 * The word-by-word comparison behind the loss report (loss.ts): the edits that turn one sequence
 * of word numbers into another, in time close to linear in their lengths.
 */

/** One step of a comparison: a word in both, only in the first (deleted) or only in the second. */
export type Edit = { kind: 'equal' | 'delete' | 'insert'; a: number; b: number };

/** The most edit steps the exact diff explores before falling back to "everything changed". */
const MAX_EDITS = 2000;
/** Stretches up to this many words (both sides together) are compared with the exact diff. */
const EXACT = 4000;

/**
 * The edits that turn `a` into `b`, in order, in time close to linear in their lengths: a common
 * start and end are matched first; then, as in patience diff, words that occur once on each side
 * anchor the comparison, and each stretch between two anchors is compared on its own, with Myers'
 * exact O(ND) diff once it is short. So a long document with scattered changes never meets the
 * quadratic worst case of one diff over the whole text.
 */
export function diff(a: readonly number[], b: readonly number[]): Edit[] {
  const edits: Edit[] = [];
  diffRange(a, 0, a.length, b, 0, b.length, (kind, x, y) => edits.push({ kind, a: x, b: y }));
  return edits;
}

/** Receives the edits in order; -1 stands for the side an edit does not touch. */
export type Emit = (kind: Edit['kind'], a: number, b: number) => void;

export function diffRange(a: readonly number[], a0: number, a1: number, b: readonly number[], b0: number, b1: number, emit: Emit): void {
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) {
    emit('equal', a0, b0);
    a0 += 1;
    b0 += 1;
  }
  let suffix = 0;
  while (a1 - suffix > a0 && b1 - suffix > b0 && a[a1 - 1 - suffix] === b[b1 - 1 - suffix]) suffix += 1;
  a1 -= suffix;
  b1 -= suffix;
  if (a0 === a1 || b0 === b1 || a1 - a0 + (b1 - b0) <= EXACT) {
    for (const edit of middleDiff(a.slice(a0, a1), b.slice(b0, b1))) {
      emit(edit.kind, edit.a < 0 ? -1 : edit.a + a0, edit.b < 0 ? -1 : edit.b + b0);
    }
  } else {
    const anchors = uniqueAnchors(a, a0, a1, b, b0, b1);
    if (anchors.length === 0) {
      // No word to anchor on (a text repeating itself): the exact diff, with fewer steps the longer
      // the stretch, so the time stays bounded; past them, the stretch counts as changed.
      const steps = Math.max(50, Math.min(MAX_EDITS, Math.floor(50_000_000 / (a1 - a0 + (b1 - b0)))));
      for (const edit of middleDiff(a.slice(a0, a1), b.slice(b0, b1), steps)) {
        emit(edit.kind, edit.a < 0 ? -1 : edit.a + a0, edit.b < 0 ? -1 : edit.b + b0);
      }
    } else {
      let i = a0;
      let j = b0;
      for (const [x, y] of anchors) {
        diffRange(a, i, x, b, j, y, emit);
        emit('equal', x, y);
        i = x + 1;
        j = y + 1;
      }
      diffRange(a, i, a1, b, j, b1, emit);
    }
  }
  for (let k = 0; k < suffix; k += 1) emit('equal', a1 + k, b1 + k);
}

/**
 * Pairs of positions of the words that occur exactly once in a[a0..a1) and once in b[b0..b1), the
 * longest run of them that stands in the same order on both sides (patience sorting, O(k log k)).
 */
function uniqueAnchors(a: readonly number[], a0: number, a1: number, b: readonly number[], b0: number, b1: number): [number, number][] {
  // Where each word stands in a and in b: -2 absent, -1 more than once. A long stretch uses arrays
  // indexed by word number (the words of a text are numbered densely), a short one maps.
  let largest = 0;
  for (let i = a0; i < a1; i += 1) largest = Math.max(largest, a[i] as number);
  const dense = a1 - a0 + (b1 - b0) > largest / 4;
  const inA = dense ? new Int32Array(largest + 1).fill(-2) : new Map<number, number>();
  const inB = dense ? new Int32Array(largest + 1).fill(-2) : new Map<number, number>();
  const get = (table: Int32Array | Map<number, number>, word: number) =>
    table instanceof Int32Array ? (table[word] ?? -2) : (table.get(word) ?? -2);
  const set = (table: Int32Array | Map<number, number>, word: number, value: number) => {
    if (table instanceof Int32Array) table[word] = value;
    else table.set(word, value);
  };
  for (let i = a0; i < a1; i += 1) {
    const word = a[i] as number;
    set(inA, word, get(inA, word) === -2 ? i : -1);
  }
  for (let j = b0; j < b1; j += 1) {
    const word = b[j] as number;
    if (word >= 0 && word <= largest && get(inA, word) >= 0) set(inB, word, get(inB, word) === -2 ? j : -1);
  }
  const pairs: [number, number][] = [];
  for (let i = a0; i < a1; i += 1) {
    const word = a[i] as number;
    if (word < 0 || get(inA, word) !== i) continue;
    const j = get(inB, word);
    if (j >= 0) pairs.push([i, j]);
  }
  // The longest increasing subsequence of the b positions, in a order.
  const tails: number[] = [];
  const previous = new Array<number>(pairs.length).fill(-1);
  pairs.forEach(([, j], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((pairs[tails[middle] as number] as [number, number])[1] < j) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1] as number;
    tails[low] = index;
  });
  const chain: [number, number][] = [];
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index] as number) chain.push(pairs[index] as [number, number]);
  return chain.reverse();
}

/** Myers' O(ND) diff of two short sequences, positions counted from their starts. */
function middleDiff(a: readonly number[], b: readonly number[], maxEdits = MAX_EDITS): Edit[] {
  const offset = 0;
  const n = a.length;
  const m = b.length;
  const everything = (): Edit[] => [
    ...a.map((_, i) => ({ kind: 'delete' as const, a: offset + i, b: -1 })),
    ...b.map((_, j) => ({ kind: 'insert' as const, a: -1, b: offset + j })),
  ];
  if (n === 0 || m === 0) return everything();
  const max = Math.min(n + m, maxEdits);
  const size = 2 * max + 1;
  let v = new Int32Array(size);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found < 0; d += 1) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[k - 1 + max] ?? 0) < (v[k + 1 + max] ?? 0));
      let x = down ? (v[k + 1 + max] ?? 0) : (v[k - 1 + max] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      next[k + max] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
  }
  if (found < 0) return everything();
  // Walk back through the saved frontiers to recover the path.
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d -= 1) {
    const frontier = trace[d] ?? v;
    const k = x - y;
    const down = k === -d || (k !== d && (frontier[k - 1 + max] ?? 0) < (frontier[k + 1 + max] ?? 0));
    const previousK = down ? k + 1 : k - 1;
    const previousX = frontier[previousK + max] ?? 0;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x -= 1;
      y -= 1;
      edits.push({ kind: 'equal', a: offset + x, b: offset + y });
    }
    if (down) {
      y -= 1;
      edits.push({ kind: 'insert', a: -1, b: offset + y });
    } else {
      x -= 1;
      edits.push({ kind: 'delete', a: offset + x, b: -1 });
    }
  }
  while (x > 0 && y > 0) {
    x -= 1;
    y -= 1;
    edits.push({ kind: 'equal', a: offset + x, b: offset + y });
  }
  return edits.reverse();
}
