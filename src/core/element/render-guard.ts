/**
 * A page whose Content-Security-Policy requires Trusted Types (`require-trusted-types-for 'script'`)
 * but allows none of the policy names our bundle can create (`trusted-types myapp`) refuses every
 * template Lit parses. The widgets then stop trying: nothing is thrown into the page, each element
 * shows the partner's fallback content (whatever is inside its tag, through a plain slot built with
 * DOM calls, which Trusted Types allow), and the console says once which name to allow.
 */
import { warn } from './warn.js';

let refused = false;

/** Whether this page's policy has refused our templates (then no element renders again). */
export const renderingRefused = (): boolean => refused;

/**
 * Whether `error` is the browser refusing an HTML string under Trusted Types (Chromium: "requires
 * 'TrustedHTML' assignment"; Firefox: "Sink type mismatch violation blocked by CSP").
 */
function isTrustedTypesRefusal(error: unknown): boolean {
  return error instanceof TypeError && 'trustedTypes' in globalThis && /trusted|blocked by CSP/i.test(error.message);
}

/**
 * Runs Lit's update; if Trusted Types refuse it, shows the light DOM instead and returns normally.
 * Any other error is rethrown (the element's own guard in render() handles those).
 */
export function updateUnlessRefused(root: HTMLElement | DocumentFragment, update: () => void): void {
  try {
    update();
  } catch (error) {
    if (!isTrustedTypesRefusal(error)) throw error;
    refused = true;
    showFallback(root);
    warn(
      'The Content-Security-Policy of this page requires Trusted Types but does not allow the policy name ' +
        '"crs-widgets", so the widgets show the content inside their tags instead. Add crs-widgets to the ' +
        'trusted-types directive (see "Content-Security-Policy and Trusted Types" in docs/embedding.md of the ' +
        'crs-widgets package, also in the Storybook guide "Embedding").',
    );
  }
}

/** Replaces whatever Lit left in the shadow root with one slot, so the element's children show. */
export function showFallback(root: HTMLElement | DocumentFragment): void {
  if (root instanceof ShadowRoot) root.replaceChildren(document.createElement('slot'));
}
