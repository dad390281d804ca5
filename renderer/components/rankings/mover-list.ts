/** A list of the Movers tab (MoverList.vue): its heading, rows, each row's key and `li` attributes. */
export interface MoverListOf<R> {
  title: string;
  rows: readonly R[];
  key: (row: R) => string;
  item?: (row: R) => Record<string, string>;
}

/** A list with its rows' key; the type of its rows comes from them. */
export function moverList<R>(
  title: string,
  rows: readonly R[],
  key: (row: R) => string,
  item?: (row: R) => Record<string, string>,
): MoverListOf<R> {
  return { title, rows, key, ...(item ? { item } : {}) };
}
