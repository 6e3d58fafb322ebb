import MagicString from 'magic-string';
import { readFileSync } from 'node:fs';

/**
 * Swaps each message id (`{ id: 'card.copy' }` in a `msg()` call) for its position in MESSAGE_IDS written in
 * base 36, and MESSAGE_IDS itself for the list of those positions, so a self-contained bundle ships neither
 * the 300 readable ids nor the 4 KB list that pairs them with each locale's texts. Lookups still go through
 * ids (@lit/localize's templates object), just shorter ones; the translations' order is unchanged. An id the
 * list does not know fails the build rather than shipping a message that could never be translated.
 */
export function shortMessageIds(messageIdsFile) {
  const source = readFileSync(messageIdsFile, 'utf8');
  const list = /MESSAGE_IDS = "([^"]*)"\.split\(' '\)/.exec(source)?.[1].split(' ');
  if (!list) throw new Error(`short ids: no MESSAGE_IDS list in ${messageIdsFile}`);
  const short = new Map(list.map((id, i) => [id, i.toString(36)]));
  return {
    name: 'crs-short-message-ids',
    transform(code, id) {
      if (id.endsWith('message-ids.js')) {
        const s = new MagicString(code);
        const match = /"[^"]*"\.split\(' '\)/.exec(code);
        if (!match) this.error('short ids: MESSAGE_IDS list not found');
        s.overwrite(match.index, match.index + match[0].length, `Array.from({ length: ${list.length} }, (_, i) => i.toString(36))`);
        return { code: s.toString(), map: s.generateMap({ hires: true }) };
      }
      if (!code.includes('msg(')) return null;
      const s = new MagicString(code);
      let changed = false;
      for (const m of code.matchAll(/\{ id: '([a-z][\w.-]*)'/g)) {
        if (!m[1].includes('.')) continue; // data ids (offices, regions) are not message ids
        const key = short.get(m[1]);
        if (key === undefined) this.error(`short ids: message id "${m[1]}" is not in MESSAGE_IDS (npm run localize:build)`);
        const start = m.index + m[0].indexOf("'");
        s.overwrite(start, start + m[1].length + 2, `'${key}'`);
        changed = true;
      }
      return changed ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
    },
  };
}
