/**
 * The rules across fields, beside the schema (./schema.ts) that checks each field alone: dated sources,
 * a provenance for each fact present, unique ids, the 56 codes each in one region, references between
 * offices and regions, and one headquarters contact. Each problem names its rule; ./report.ts words it for
 * the CLI. Values of the wrong shape are skipped here: the schema has reported them already.
 */
import { at, type Report } from './schema-kit.js';
import { STATE_CODES } from './states.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Json[] => (Array.isArray(value) ? value.map((v) => (isObject(v) ? v : {})) : []);

/** A source names a url or a title; `dated`: a date too (a confirmed, old or conflicting fact, a status). */
function checkSource(source: unknown, path: string, dated: boolean, report: Report): void {
  if (!isObject(source)) return;
  if (source.url === undefined && source.title === undefined) report(path, 'missing', undefined, 'source-named');
  if (dated && source.date === undefined) report(at(path, 'date'), 'missing', undefined, 'source-dated');
}

function checkProvenance(p: unknown, path: string, report: Report): void {
  if (!isObject(p)) return;
  const dated = p.confidence === 'confirmed' || p.confidence === 'old' || p.confidence === 'conflicting';
  if (dated && p.source === undefined) report(at(path, 'source'), 'missing', undefined, 'source-dated');
  checkSource(p.source, at(path, 'source'), dated, report);
}

function checkStatus(status: unknown, path: string, report: Report): void {
  if (!isObject(status) || !Array.isArray(status.sources)) return;
  status.sources.forEach((s, i) => checkSource(s, at(at(path, 'sources'), i), true, report));
}

function checkRegions(file: Json, report: Report): Map<string, unknown[]> {
  const states = new Map<string, unknown[]>();
  const servedBy = new Map<string, string>();
  records(file.regions).forEach((r, i) => {
    const path = `regions[${i}]`;
    const id = typeof r.id === 'string' ? r.id : path;
    if (states.has(id)) report(at(path, 'id'), 'duplicate', id, 'unique-id');
    const list = Array.isArray(r.states) ? r.states : [];
    states.set(id, list);
    list.forEach((code, j) => {
      if (typeof code !== 'string') return;
      const other = servedBy.get(code);
      if (other !== undefined) report(`${path}.states[${j}]`, 'duplicate', code, 'state-twice');
      else servedBy.set(code, id);
    });
    checkProvenance(r.provenance, at(path, 'provenance'), report);
    if (isObject(r.stateProvenance)) {
      for (const [code, p] of Object.entries(r.stateProvenance)) {
        if (!(STATE_CODES as readonly string[]).includes(code)) continue;
        if (!list.includes(code)) report(at(at(path, 'stateProvenance'), code), 'reference', code, 'state-listed');
        else checkProvenance(p, at(at(path, 'stateProvenance'), code), report);
      }
    }
  });
  const uncovered = STATE_CODES.filter((code) => !servedBy.has(code));
  if (uncovered.length && states.size) report('regions', 'coverage', uncovered.join(' '), 'coverage');
  return states;
}

const FACTS = ['street', 'phone', 'email'] as const;

function checkOffices(file: Json, regions: Map<string, unknown[]>, report: Report): void {
  const offices = records(file.offices);
  const ids = new Set<string>();
  const hqs: string[] = [];
  offices.forEach((o, i) => {
    const path = `offices[${i}]`;
    const id = typeof o.id === 'string' ? o.id : undefined;
    if (id && ids.has(id)) report(at(path, 'id'), 'duplicate', id, 'unique-id');
    if (id) ids.add(id);
    if (o.kind === 'headquarters') {
      hqs.push(id ?? path);
      if (o.region !== null) report(at(path, 'region'), 'format', o.region, 'hq-region');
      if (id && id !== 'hq') report(at(path, 'id'), 'format', id, 'hq-id');
    } else if (o.kind === 'regional' || o.kind === 'field') {
      if (typeof o.region !== 'string' || !regions.has(o.region)) report(at(path, 'region'), o.region === undefined ? 'missing' : 'reference', o.region, 'region-known');
      else if (typeof o.state === 'string' && !regions.get(o.region)!.includes(o.state)) report(at(path, 'state'), 'contradiction', o.state, 'region-serves');
    }
    checkStatus(o.status, at(path, 'status'), report);
    const provenance = isObject(o.provenance) ? o.provenance : undefined;
    if (!provenance) return;
    checkProvenance(provenance.location, at(path, 'provenance.location'), report);
    for (const fact of FACTS) {
      const p = provenance[fact];
      if (o[fact] !== undefined && p === undefined) report(at(path, `provenance.${fact}`), 'missing', undefined, 'fact-provenance');
      checkProvenance(p, at(path, `provenance.${fact}`), report);
    }
    // Every office without a confirmed phone or email routes visitors to headquarters': it must have both, confirmed.
    if (o.kind !== 'headquarters') return;
    for (const fact of ['phone', 'email'] as const) {
      const confidence = (provenance[fact] as Json | undefined)?.confidence;
      if (o[fact] === undefined) report(at(path, fact), 'missing', undefined, 'hq-contact');
      else if (confidence !== undefined && confidence !== 'confirmed') report(at(path, `provenance.${fact}.confidence`), 'contradiction', confidence, 'hq-confirmed');
    }
  });
  if (hqs.length === 0 && offices.length) report('offices', 'missing', undefined, 'one-hq');
  if (hqs.length > 1) report('offices', 'contradiction', hqs.join(', '), 'one-hq');
  // A region's missing office is only reported when every office's kind could be read (no cascade).
  if (!offices.every((o) => ['headquarters', 'regional', 'field'].includes(o.kind as string))) return;
  records(file.regions).forEach(({ id }, i) => {
    if (typeof id === 'string' && !offices.some((o) => o.kind === 'regional' && o.region === id)) report(`regions[${i}]`, 'reference', undefined, 'regional-office');
  });
}

/** Checks the rules across fields of a file; `file` may hold anything. */
export function checkRules(file: unknown, report: Report): void {
  if (!isObject(file)) return;
  checkStatus(file.status, 'status', report);
  if (isObject(file.contact) && isObject(file.contact.provenance)) {
    for (const [key, p] of Object.entries(file.contact.provenance)) checkProvenance(p, `contact.provenance.${key}`, report);
  }
  checkOffices(file, checkRegions(file, report), report);
}
