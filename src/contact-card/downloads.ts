/**
 * Whether this page may download a file. A sandboxed iframe without `allow-downloads` silently drops
 * the vCard download, so the card says what happened instead of pretending it saved.
 * - `blocked`: the frame's sandbox is readable and lacks `allow-downloads`;
 * - `unknown`: a sandbox without `allow-same-origin` (opaque origin) hides its flags;
 * - `allowed`: a top-level page, or a frame without sandbox or with `allow-downloads`.
 */
export type DownloadPermission = 'allowed' | 'blocked' | 'unknown';

export function downloadPermission(win: Window = window): DownloadPermission {
  try {
    if (win === win.top) return 'allowed';
    const frame = win.frameElement as HTMLIFrameElement | null;
    if (frame && frame.hasAttribute('sandbox')) return frame.sandbox.contains('allow-downloads') ? 'allowed' : 'blocked';
    if (frame) return 'allowed';
  } catch {
    // A cross-origin parent: frameElement is not ours to read.
  }
  return win.origin === 'null' ? 'unknown' : 'allowed';
}
