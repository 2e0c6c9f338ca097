/**
 * Maximum-weight one-to-one assignment of rows to columns (Kuhn–Munkres, the O(n²m)
 * shortest-augmenting-path form with potentials). `weights[i][j]` ≥ 0; rows may outnumber
 * columns or not. Returns the best total and, per row, its column or -1.
 */
export function maxWeightMatching(weights: readonly (readonly number[])[]): { total: number; columnOf: number[] } {
  const rows = weights.length;
  const cols = weights[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return { total: 0, columnOf: new Array<number>(rows).fill(-1) };
  // The algorithm wants rows ≤ columns; transpose otherwise.
  if (rows > cols) {
    const transposed = Array.from({ length: cols }, (_, j) => weights.map((row) => row[j] ?? 0));
    const inner = maxWeightMatching(transposed);
    const columnOf = new Array<number>(rows).fill(-1);
    inner.columnOf.forEach((row, col) => {
      if (row >= 0) columnOf[row] = col;
    });
    return { total: inner.total, columnOf };
  }
  const cost = (i: number, j: number): number => -(weights[i - 1]?.[j - 1] ?? 0);
  const u = new Array<number>(rows + 1).fill(0);
  const v = new Array<number>(cols + 1).fill(0);
  const rowOfCol = new Array<number>(cols + 1).fill(0);
  const way = new Array<number>(cols + 1).fill(0);
  for (let i = 1; i <= rows; i++) {
    rowOfCol[0] = i;
    let j0 = 0;
    const minv = new Array<number>(cols + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Array<boolean>(cols + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = rowOfCol[j0] ?? 0;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const reduced = cost(i0, j) - (u[i0] ?? 0) - (v[j] ?? 0);
        if (reduced < (minv[j] ?? 0)) {
          minv[j] = reduced;
          way[j] = j0;
        }
        if ((minv[j] ?? 0) < delta) {
          delta = minv[j] ?? 0;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          const r = rowOfCol[j] ?? 0;
          u[r] = (u[r] ?? 0) + delta;
          v[j] = (v[j] ?? 0) - delta;
        } else minv[j] = (minv[j] ?? 0) - delta;
      }
      j0 = j1;
    } while ((rowOfCol[j0] ?? 0) !== 0);
    do {
      const j1 = way[j0] ?? 0;
      rowOfCol[j0] = rowOfCol[j1] ?? 0;
      j0 = j1;
    } while (j0 !== 0);
  }
  const columnOf = new Array<number>(rows).fill(-1);
  let total = 0;
  for (let j = 1; j <= cols; j++) {
    const row = rowOfCol[j] ?? 0;
    if (row === 0) continue;
    columnOf[row - 1] = j - 1;
    total += weights[row - 1]?.[j - 1] ?? 0;
  }
  return { total, columnOf };
}
