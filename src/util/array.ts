/**
 * `target.push(...items)` for lists of any length: a spread passes every item
 * as an argument, and past about 100,000 (findings of a 40,000-goal plan)
 * that is "Maximum call stack size exceeded".
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** The largest of `f(x)` over the items, or `empty` when there are none (Math.max(...) overflows the stack on long lists). */
export function maxOf<T>(items: Iterable<T>, f: (x: T) => number, empty = 0): number {
  let m = -Infinity;
  for (const x of items) m = Math.max(m, f(x));
  return m === -Infinity ? empty : m;
}

/** The smallest of `f(x)` over the items, or `empty` when there are none. */
export function minOf<T>(items: Iterable<T>, f: (x: T) => number, empty = 0): number {
  return -maxOf(items, (x) => -f(x), -empty);
}
