// Validates the bundled dataset at build time with the same validator the widgets run on data-src,
// plus facts the schema cannot express (the SPEC's office ids, 56 codes in exactly one region).
import { importTs } from './import-ts.mjs';

const { defaultDataset, validateDataset, STATE_CODES } = await importTs({
  defaultDataset: 'src/core/data/dataset.ts',
  validateDataset: 'src/core/data/validate.ts',
  STATE_CODES: 'src/core/data/states.ts',
});

const fail = (message) => {
  console.error(`check-data: ${message}`);
  process.exit(1);
};
const result = validateDataset(defaultDataset);
if (!result.ok) fail(`${result.error.path}: ${result.error.reason}`);

const OFFICE_IDS = 'hq new-england northeast mid-atlantic southeast midwest southwest central rocky-mountain west northwest miami detroit houston san-francisco';
const ids = defaultDataset.offices.map((o) => o.id).join(' ');
if (ids !== OFFICE_IDS) fail(`office ids are "${ids}", expected "${OFFICE_IDS}"`);
const codes = defaultDataset.regions.flatMap((r) => r.states);
if (codes.length !== 56 || new Set(codes).size !== 56 || STATE_CODES.length !== 56) fail('expected 56 codes, each in one region');
for (const office of defaultDataset.offices) {
  if (!office.source.url && !office.source.title) fail(`${office.id} has no source`);
}
console.log(`data: ${defaultDataset.offices.length} offices, ${defaultDataset.regions.length} regions, ${codes.length} states and territories — valid`);
