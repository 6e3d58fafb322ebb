// Generates data/crs.json, the starter file partners copy for data-src: the bundled dataset as JSON,
// validated on the way. Run: node scripts/build/starter.mjs [--check] (npm test runs --check).
import { writeGenerated } from './generated-file.mjs';
import { importTs } from '../lib/import-ts.mjs';

const { defaultDataset, validateDataset } = await importTs({
  defaultDataset: 'src/core/data/dataset.ts',
  validateDataset: 'src/core/data/validate.ts',
});
const result = validateDataset(defaultDataset);
if (!result.ok) {
  console.error(result.problems.map((p) => p.message).join('\n'));
  process.exit(1);
}
// The schema path is relative, so editors find it inside the package and inside the repository.
const file = { $schema: '../schema/crs-data.schema.json', ...defaultDataset };
const text = `${JSON.stringify(file, null, 2)}\n`;
writeGenerated(new URL('../../data/crs.json', import.meta.url), text, `${file.offices.length} offices, ${file.regions.length} regions`);
