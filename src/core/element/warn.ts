/**
 * The console is where a partner's mistakes go (on screen only with `debug`). Each distinct warning
 * is said once per page, and the set of warnings said is bounded: a page that sets 20,000 bad values
 * gets a hundred lines and a note, not 20,000 and a growing memory.
 */
const MAX_WARNINGS = 100;
const said = new Set<string>();

/** Says `message` unless the same problem (`key`, by default the message itself) was said on this page. */
export function warn(message: string, key = message): void {
  if (said.has(key) || said.size > MAX_WARNINGS) return;
  said.add(key);
  console.warn(`[crs-widgets] ${said.size > MAX_WARNINGS ? `${MAX_WARNINGS} warnings shown; further ones are not.` : message}`);
}

/** Whether every widget shows partner mistakes on screen too (`CRSWidgets.debug = true`). */
export const debugMode = { on: false };
