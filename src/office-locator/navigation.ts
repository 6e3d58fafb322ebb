/**
 * Arrow-key movement across the map: from a state, the nearest state whose centre lies in the
 * arrow's direction (within a 60° cone either side), so the keys follow geography. Pure.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

export function neighbourInDirection(from: string, key: string, points: Readonly<Record<string, Point>>): string | undefined {
  const dir = DIRECTIONS[key];
  const origin = points[from];
  if (!dir || !origin) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const [code, p] of Object.entries(points)) {
    if (code === from) continue;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dx * dir[0] + dy * dir[1];
    const across = Math.abs(dx * dir[1] - dy * dir[0]);
    if (along <= 0 || across > along * 1.8) continue;
    // Prefer states straight ahead: sideways distance counts double.
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = code;
    }
  }
  return best;
}
