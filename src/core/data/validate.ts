/**
 * Validation of a dataset file (docs/data-schema.md), pure and DOM-free: the widgets run it on `data-src`,
 * the build on the bundled data, and `npx crs-widgets validate` on a partner's file. The shape comes from
 * ./schema.ts, the rules across fields from ./rules.ts. It reports every problem at once, each with its path
 * and reason; the CLI adds the expected form in words (./report.ts, not part of the page bundle).
 *
 * One bad fact rejects the whole file (the widgets then show the bundled data): a file that is wrong
 * in one place may be wrong in others, and dropping a single office would silently change which
 * office serves a state.
 */
import { toE164, visible } from './fields.js';
import { checkRules } from './rules.js';
import { datasetFile, FORMATS } from './schema.js';
import { type Problem, type Reason, walk } from './schema-kit.js';
import { BUNDLED_STATUS } from './status.js';
import type { Dataset, DatasetFile } from './types.js';

export { toE164 };
export type ValidationReason = Reason;

export interface ValidationProblem extends Problem {
  /** `office "houston", phone: format "713-718-486"`: for the console. */
  readonly message: string;
}

export interface ValidationError {
  readonly problems: readonly ValidationProblem[];
}

export type ValidationResult = { ok: true; data: Dataset } | ({ ok: false } & ValidationError);

const MAX_PROBLEMS = 200;

/** The bad value as JSON, shortened, hidden characters escaped. */
export function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return visible(text);
}

/**
 * Where a path points, as a partner reads it: `offices[14].phone` in a file whose office 14 has the id
 * "houston" is `office "houston"`, field `phone`.
 */
export function placeOf(path: string, input: unknown): { where: string; field: string } {
  const match = /^(offices|regions)\[(\d+)\]\.?(.*)$/.exec(path);
  if (match) {
    const list = (input as Record<string, unknown[]>)[match[1]];
    const id = (list[Number(match[2])] as { id?: unknown } | null)?.id;
    const where = typeof id === 'string' && id ? `${match[1].slice(0, -1)} ${show(id)}` : `${match[1]}[${match[2]}]`;
    return { where, field: match[3] };
  }
  const [head, ...rest] = path.split('.');
  return ['contact', 'publisher', 'status'].includes(head) && rest.length ? { where: head, field: rest.join('.') } : { where: 'dataset', field: path };
}

function problemsOf(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const report = (path: string, reason: Reason, value?: unknown, rule?: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, reason, value: value === undefined ? undefined : show(value), rule });
  };
  const version = (input as DatasetFile | null)?.schemaVersion as unknown;
  // A version 1 file is told to upgrade, not buried under the problems of its old shape.
  if (version === 1) return (report('schemaVersion', 'format', 1, 'version-1'), problems);
  walk(datasetFile, input, '', report, FORMATS);
  checkRules(input, report);
  return problems;
}

/** Checks a dataset file: the dataset the widgets show, or every problem with its path and reason. */
export function validateDataset(input: unknown): ValidationResult {
  let problems: Problem[];
  try {
    problems = problemsOf(input);
  } catch {
    // Never expected; kept so that nothing a partner writes can throw into the page.
    problems = [{ path: '', reason: 'type' }];
  }
  if (problems.length === 0) {
    const file = input as DatasetFile;
    // A file from before status existed never claims CRS works: it gets the status of this release.
    return { ok: true, data: file.status ? (file as Dataset) : { ...file, status: BUNDLED_STATUS } };
  }
  return {
    ok: false,
    problems: problems.map((p) => {
      const { where, field } = placeOf(p.path, input);
      // The field may be a key the file made up: escaped like the value, so the console line cannot be reordered.
      const message = visible(`${field ? `${where}, ${field}` : where}: ${p.reason}${p.value === undefined ? '' : ` ${p.value}`}`, 200);
      return { ...p, message };
    }),
  };
}
