// Fails when xliff/*.xlf is not what `lit-localize extract` makes of the msg() calls (a new or changed
// message not extracted), when any message lacks a translation in any locale, or a translation drops or
// invents a placeholder. A check writes nothing tracked: extract runs on a copy in a temporary folder;
// `npm run localize:extract` is what updates xliff/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = new URL('../../xliff/', import.meta.url);
const config = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8'));

/** The xliff files lit-localize would write now, by name, made in a temporary copy. */
function extracted() {
  const tmp = mkdtempSync(join(tmpdir(), 'crs-xliff-'));
  try {
    cpSync(dir, join(tmp, 'xliff'), { recursive: true });
    const tmpConfig = {
      ...config,
      tsConfig: join(root, config.tsConfig),
      output: { ...config.output, outputDir: join(tmp, 'out'), localeCodesModule: join(tmp, 'out', 'locale-codes.ts') },
      interchange: { ...config.interchange, xliffDir: join(tmp, 'xliff') },
    };
    writeFileSync(join(tmp, 'lit-localize.json'), JSON.stringify(tmpConfig));
    const cli = createRequire(import.meta.url).resolve('@lit/localize-tools/bin/lit-localize.js');
    execFileSync(process.execPath, [cli, 'extract', '--config', join(tmp, 'lit-localize.json')], { stdio: ['ignore', 'ignore', 'inherit'] });
    const files = readdirSync(join(tmp, 'xliff')).filter((f) => f.endsWith('.xlf'));
    return new Map(files.map((f) => [f, readFileSync(join(tmp, 'xliff', f), 'utf8')]));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Punctuation fluent readers asked for: Chinese sets no ASCII space after full-width punctuation, Spanish
 * never ends a sentence with two periods (an abbreviation such as "EE. UU." before a full stop).
 */
const TYPOGRAPHY = {
  'zh-Hans.xlf': [/[。，：；！？、（）「」]\x20/, 'an ASCII space after full-width punctuation'],
  'zh-Hant.xlf': [/[。，：；！？、（）「」]\x20/, 'an ASCII space after full-width punctuation'],
  'es.xlf': [/\.\.(?!\.)/, 'two periods in a row'],
};

// Placeholders are matched by index: equiv-text is only the source expression, free to change.
const placeholders = (text) => (text.match(/<x id="\d+"/g) ?? []).sort().join(' ');
let problems = 0;
let total = 0;
const files = readdirSync(dir).filter((f) => f.endsWith('.xlf'));
for (const [file, text] of extracted()) {
  if (readFileSync(new URL(file, dir), 'utf8') !== text) {
    console.error(`xliff/${file} is not what lit-localize extract makes of the msg() calls: run npm run localize:extract, then translate.`);
    problems++;
  }
}
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
    } else if (TYPOGRAPHY[file]?.[0].test(target.replace(/<x [^>]*\/>/g, 'X'))) {
      console.error(`${file}: "${id}" has ${TYPOGRAPHY[file][1]}: ${target}`);
      problems++;
    }
  }
}
if (problems) {
  console.error(`\n${problems} translation problem(s). Add <target>s in xliff/ and run npm run localize:build.`);
  process.exit(1);
}
console.log(`translations: ${total} messages across ${files.length} locales, all translated`);
