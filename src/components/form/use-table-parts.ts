import { useEffect, useState } from 'react';
import type * as EarlierCells from './earlier-cells';

/** The pieces of the wide screens' table (前回 and 前々回 beside today's): loaded when first shown. */
export type TableParts = typeof EarlierCells;

let loaded: TableParts | undefined;

export function useTableParts(wide: boolean): TableParts | undefined {
  const [parts, setParts] = useState(loaded);
  useEffect(() => {
    if (!wide || parts) return;
    let current = true;
    void import('./earlier-cells').then((module) => {
      loaded = module;
      if (current) setParts(module);
    });
    return () => {
      current = false;
    };
  }, [wide, parts]);
  return wide ? parts : undefined;
}
