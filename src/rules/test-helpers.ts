// Test helpers: the neighbouring doubles of a band edge, where off-by-one comparisons show.

/** The next representable double above a non-negative finite `x`. */
export function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}

/** The next representable double below a positive finite `x`. */
export function nextDown(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) - 1n);
  return view.getFloat64(0);
}

/**
 * The three values around a band edge: the double just below, the edge itself and the double
 * just above, with what each should give. `at` says which side the edge belongs to.
 */
export function aroundEdge<T>(edge: number, below: T, at: T, above: T): [number, T][] {
  return [
    [nextDown(edge), below],
    [edge, at],
    [nextUp(edge), above],
  ];
}

/** "30 < x ≤ 50": the edge belongs to the band below. */
export const upperClosed = <T>(edge: number, below: T, above: T): [number, T][] => aroundEdge(edge, below, below, above);

/** "x ≥ 3.9": the edge belongs to the band above. */
export const lowerClosed = <T>(edge: number, below: T, above: T): [number, T][] => aroundEdge(edge, below, above, above);
