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
 * Wording rules fluent readers asked for, each a pattern a translation must not match (placeholders read
 * as "X"). Chinese sets full-width punctuation with no ASCII space beside it, and no ASCII comma, colon
 * or parentheses around Chinese text; Spanish never ends a sentence with two periods (an abbreviation such
 * as "EE. UU." before a full stop), spells "EE. UU." one way and names keys as printed on U.S. keyboards;
 * Korean keeps the formal 하십시오 register and calls a territory 준주 (미국령 only in the name 미국령
 * 버진아일랜드); Arabic writes tanween before the alif (ـًا, not ـاً), Arabic punctuation after Arabic words and
 * isolates an @handle.
 */
const CHINESE = [
  [/[。，：；！？、（）「」“”]\x20|\x20[。，：；！？、（）」”]/, 'an ASCII space beside full-width punctuation'],
  [/[\u3400-\u9fff][,;:!?]/, 'ASCII punctuation after a Chinese character'],
  [/\([^()]*[\u3400-\u9fff][^()]*\)/, 'half-width parentheses around Chinese text'],
];
const RULES = {
  'zh-Hans.xlf': CHINESE,
  'zh-Hant.xlf': CHINESE,
  'es.xlf': [
    [/\.\.(?!\.)/, 'two periods in a row'],
    [/EE\.UU\.|EEUU/, '“EE. UU.” spelled without its space'],
    [/\b(?:Inicio|Fin|Intro)\b/, 'key names of Spanish keyboards (write Home, End, Enter)'],
  ],
  'ko.xlf': [
    [/주세요|하세요/, 'the 해요 register (write 주십시오, 하십시오)'],
    [/미국령(?! 버진)/, '미국령 for a territory (write 준주)'],
  ],
  'ar.xlf': [
    [/اً/, 'tanween after the alif (write ـًا)'],
    [/[\u0600-\u06FF]\s?[,;?]/, 'ASCII punctuation after an Arabic word (write ، ؛ ؟)'],
    // “@” is neutral: after an Arabic word it would show on the wrong side of the handle (DOJ_CRIS@).
    [/[\u0600-\u06FF]\s?@/, 'an @handle after Arabic words without a left-to-right isolate (U+2066 … U+2069)'],
  ],
};
/** Ids whose one English text stands for several plural forms, so their translations differ on purpose. */
const PLURAL = /^loc\.miles\./;

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
  const bySource = new Map();
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
    } else {
      for (const [pattern, what] of RULES[file] ?? []) {
        if (pattern.test(target.replace(/<x [^>]*\/>/g, 'X'))) {
          console.error(`${file}: "${id}" has ${what}: ${target}`);
          problems++;
        }
      }
      // One English text, one translation: a reader meets the same words in the same place twice.
      const plain = target.replace(/ equiv-text="[^"]*"/g, '');
      const seen = bySource.get(source);
      if (seen && !PLURAL.test(id) && seen.target !== plain) {
        console.error(`${file}: "${id}" translates the text of "${seen.id}" differently: ${target}`);
        problems++;
      } else if (!seen) bySource.set(source, { id, target: plain });
    }
  }
}
if (problems) {
  console.error(`\n${problems} translation problem(s). Add <target>s in xliff/ and run npm run localize:build.`);
  process.exit(1);
}
console.log(`translations: ${total} messages across ${files.length} locales, all translated`);
