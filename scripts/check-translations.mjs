// Fails when any message lacks a translation in any locale, or a translation drops or invents a
// placeholder. Run after `lit-localize extract`, which adds every new msg() to every XLIFF file.
import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../xliff/', import.meta.url);
// Placeholders are matched by index: equiv-text is only the source expression, free to change.
const placeholders = (text) => (text.match(/<x id="\d+"/g) ?? []).sort().join(' ');
let problems = 0;
let total = 0;
const files = readdirSync(dir).filter((f) => f.endsWith('.xlf'));
const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
for (const locale of config.targetLocales) {
  if (!files.includes(`${locale}.xlf`)) {
    console.error(`missing xliff/${locale}.xlf`);
    problems++;
  }
}
for (const file of files) {
  const xml = readFileSync(new URL(file, dir), 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  for (const [, id, body] of units) {
    total++;
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
    if (!target || !target.trim()) {
      console.error(`${file}: "${id}" has no translation`);
      problems++;
    } else if (placeholders(source) !== placeholders(target)) {
      console.error(`${file}: "${id}" has placeholders ${placeholders(target)} but the source has ${placeholders(source)}`);
      problems++;
    }
  }
}
if (problems) {
  console.error(`\n${problems} translation problem(s). Add <target>s in xliff/ and run npm run localize:build.`);
  process.exit(1);
}
console.log(`translations: ${total} messages across ${files.length} locales, all translated`);
