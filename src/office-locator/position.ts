/** The visitor's position, asked for only on their click; the answer or why there is none, as data. */
import type { GeoProblem } from './messages.js';

export type PositionAnswer = { ok: true; lat: number; lon: number } | { ok: false; problem: GeoProblem };

const TIMEOUT_MS = 15_000;

/** Calls `answer` once, with the position or the reason there is none (synchronously when the browser can't tell). */
export function askPosition(answer: (result: PositionAnswer) => void): void {
  if (!('geolocation' in navigator) || !window.isSecureContext) return answer({ ok: false, problem: 'unavailable' });
  navigator.geolocation.getCurrentPosition(
    ({ coords }) => answer({ ok: true, lat: coords.latitude, lon: coords.longitude }),
    (error) =>
      answer({
        ok: false,
        problem: error.code === error.PERMISSION_DENIED ? 'denied' : error.code === error.TIMEOUT ? 'timeout' : 'unavailable',
      }),
    { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: 10 * 60_000 },
  );
}
