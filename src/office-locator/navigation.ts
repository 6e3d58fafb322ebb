/**
 * Arrow-key movement across the map, stated in the map's description: the states and territories
 * sit on a grid laid out like the map (a tile-grid map). Left and Right go to the next state in the
 * same row, Up and Down to the next state in the same column; at the edge the focus stays. Each row
 * and column is a line, so the opposite arrow always leads back. Pure.
 */

/** Rows north to south, as drawn (Alaska and Hawaii bottom left, the territories' insets below); `--` is an empty cell. */
const ROWS: readonly string[] = [
  'WA ID MT ND MN WI MI -- -- VT NH ME',
  'OR NV WY SD IA IL IN OH PA NY MA --',
  'CA UT CO NE MO KY WV VA MD NJ CT RI',
  '-- AZ NM KS AR TN -- NC DC DE -- --',
  '-- -- -- OK LA MS AL GA SC -- -- --',
  'AK HI -- TX -- -- -- FL -- -- -- --',
  '-- -- -- -- -- PR VI GU MP AS -- --',
];

/** [column, row] of each code. */
export const GRID: Readonly<Record<string, readonly [number, number]>> = Object.fromEntries(
  ROWS.flatMap((line, row) => line.split(' ').flatMap((code, col) => (code === '--' ? [] : [[code, [col, row] as const]]))),
);

const STEP: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

/** The state an arrow key leads to from `from`, among `present` (default all); undefined at the edge. */
export function neighbourInDirection(from: string, key: string, present: (code: string) => boolean = () => true): string | undefined {
  const step = STEP[key];
  const at = GRID[from];
  if (!step || !at) return undefined;
  let best: [string, number] | undefined;
  for (const [code, [col, row]] of Object.entries(GRID)) {
    const ahead = step[0] ? (col - at[0]) * step[0] : (row - at[1]) * step[1];
    const sameLine = step[0] ? row === at[1] : col === at[0];
    if (sameLine && ahead > 0 && present(code) && (!best || ahead < best[1])) best = [code, ahead];
  }
  return best?.[0];
}
