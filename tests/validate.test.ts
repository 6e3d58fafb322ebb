import { sourceYears } from '../src/core/data/source-years.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/contact-card/define.js';
import { defaultDataset } from '../src/core/data/dataset.js';
import { toE164, validateDataset } from '../src/core/data/validate.js';
import { describeProblems, warningsFor, type DescribedProblem } from '../src/core/data/report.js';
import { dataUrl, loadDataset } from '../src/core/data/load.js';
import { mailtoHref, safeHref, telHref } from '../src/core/safety/links.js';
import { STATE_CODES } from '../src/core/data/states.js';
import { showsPhone, showsStreet } from '../src/contact-card/display-rule.js';
import { assignmentProvenance } from '../src/core/status/provenance.js';
import type { Provenance } from '../src/core/data/types.js';

type Data = ReturnType<typeof JSON.parse>;
const clone = (): Data => JSON.parse(JSON.stringify(defaultDataset));
/** The problems as the CLI words them. */
const problemsOf = (data: unknown): readonly DescribedProblem[] => {
  const result = validateDataset(data);
  return result.ok ? [] : describeProblems(result.problems, data);
};
const office = (d: Data, id: string) => d.offices.find((o: { id: string }) => o.id === id);

/** A fact a visitor reads must name a dated source, unless it is inferred (and then marked on screen). */
const sourced = (p: Provenance | undefined, what: string) => {
  expect(p, what).to.exist;
  if (p!.confidence === 'inferred') return;
  expect(p!.source?.date, `${what}: date`).to.match(/^\d{4}/);
  expect(p!.source?.url ?? p!.source?.title, `${what}: source`).to.be.a('string');
};

describe('status in partner data', () => {
  it('refuses an unknown state, naming the field and the value', () => {
    const d = clone();
    d.status.state = 'reopened';
    const [problem] = problemsOf(d);
    expect(problem.path).to.equal('status.state');
    expect(problem.message).to.contain('"reopened"').and.contain('operating');
  });

  it('refuses a span or a bad date as asOf, and a status without sources', () => {
    const d = clone();
    d.status.asOf = '2025/2026';
    d.offices[1].status = { state: 'closed', asOf: '2025-13', sources: [] };
    expect(problemsOf(d).map((p) => p.path)).to.deep.equal(['status.asOf', 'offices[1].status.asOf', 'offices[1].status.sources']);
  });

  it('accepts operating with a dated source', () => {
    const d = clone();
    d.status = { state: 'operating', asOf: '2027-03-01', sources: [{ kind: 'government', url: 'https://www.justice.gov/crs', date: '2027-03-01' }] };
    for (const o of d.offices) delete o.status;
    const result = validateDataset(d);
    expect(result.ok).to.be.true;
    if (result.ok) expect(result.data.status.state).to.equal('operating');
  });

  it('gives a file without status the bundled status, never "operating", and warns', () => {
    const d = clone();
    delete d.status;
    const result = validateDataset(d);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.data.status).to.deep.equal(defaultDataset.status);
    expect(warningsFor(d).some((w) => w.startsWith('status: missing'))).to.be.true;
  });

  it('warns about contact facts older than five years only when asked with a date (the CLI)', () => {
    expect(warningsFor(defaultDataset).some((w) => w.includes('years ago'))).to.be.false;
    expect(warningsFor(defaultDataset, Date.UTC(2026, 11, 4)).filter((w) => w.includes('years ago')).length).to.be.greaterThan(10);
  });
});

describe('the bundled dataset', () => {
  it('is valid; its only warnings are the facts it keeps but does not show (2003 streets, a disputed phone)', () => {
    const result = validateDataset(defaultDataset);
    expect(result.ok).to.be.true;
    expect(warningsFor(defaultDataset).map((w) => w.split(',')[0])).to.deep.equal(['office "hq"', 'office "new-england"', 'office "mid-atlantic"', 'office "central"']);
  });

  it('says CRS closed its offices: status uncertain as of 2026-01, every office closed, each with dated sources', () => {
    expect(defaultDataset.status.state).to.equal('uncertain');
    expect(defaultDataset.status.asOf).to.equal('2026-01');
    const kinds = defaultDataset.status.sources.map((s) => s.kind);
    expect(kinds).to.include('news').and.to.include('litigation');
    for (const s of defaultDataset.status.sources) expect(s.date, s.title).to.match(/^20(25|26)/);
    for (const o of defaultDataset.offices) expect(o.status?.state, o.id).to.equal('closed');
  });

  it('does not confirm a phone that two CRS pages print differently (Central Regional Office)', () => {
    const central = defaultDataset.offices.find((o) => o.id === 'central')!;
    expect(central.provenance.phone!.confidence).to.equal('conflicting');
    expect(showsPhone(central)).to.be.false;
  });

  it('puts each of the 56 states and territories in exactly one region', () => {
    const codes = defaultDataset.regions.flatMap((r) => r.states);
    expect(codes).to.have.length(56);
    expect([...codes].sort()).to.deep.equal([...STATE_CODES].sort());
  });

  it('gives every office field a widget shows its own source and date', () => {
    for (const o of defaultDataset.offices) {
      sourced(o.provenance.location, `${o.id} location`);
      if (o.email) sourced(o.provenance.email, `${o.id} email`);
      if (showsStreet(o)) sourced(o.provenance.street, `${o.id} street`);
      if (showsPhone(o)) sourced(o.provenance.phone, `${o.id} phone`);
      // Old facts are kept with their (2003) source even though they are not shown.
      if (o.street) sourced(o.provenance.street, `${o.id} street (kept)`);
    }
    for (const [key, p] of Object.entries(defaultDataset.contact.provenance)) sourced(p, `contact ${key}`);
    for (const r of defaultDataset.regions) for (const code of r.states) sourced(assignmentProvenance(r, code), `${code} in ${r.id}`);
  });

  it('dates sources only as the facts do: the 2003 flyer, the 2016–2020 brochure and pages', () => {
    const hq = defaultDataset.offices.find((o) => o.id === 'hq')!;
    expect(hq.provenance.street).to.deep.include({ confidence: 'old' });
    expect(hq.provenance.street!.source!.date).to.equal('2003-09');
    expect(sourceYears(defaultDataset)).to.deep.equal({ dated: [2003, 2003], about: [2016, 2020] });
    const west = defaultDataset.regions.find((r) => r.id === 'west')!;
    expect(assignmentProvenance(west, 'AS').confidence).to.equal('inferred');
    expect(assignmentProvenance(west, 'MP').confidence).to.equal('inferred');
    expect(assignmentProvenance(west, 'CA').confidence).to.equal('confirmed');
    expect(defaultDataset.contact.provenance.twitter.confidence).to.equal('inferred');
  });
});

describe('dataset validation', () => {
  const cases: [string, (d: Data) => void, Partial<DescribedProblem>][] = [
    ['a phone of the wrong type', (d) => (office(d, 'northeast').phone = 2125550100),
      { where: 'office "northeast"', field: 'phone', reason: 'type', value: '2125550100' }],
    ['a missing city', (d) => delete office(d, 'new-england').city, { where: 'office "new-england"', field: 'city', reason: 'missing', value: undefined }],
    ['an unknown kind', (d) => (office(d, 'northeast').kind = 'embassy'), { field: 'kind', reason: 'format', value: '"embassy"' }],
    ['an office in an unknown region', (d) => (office(d, 'miami').region = 'atlantis'), { where: 'office "miami"', field: 'region', reason: 'reference' }],
    ['a javascript: website', (d) => (d.contact.website = 'javascript:alert(1)'), { where: 'contact', field: 'website', reason: 'format' }],
    ['a state served twice', (d) => d.regions[0].states.push('TX'), { where: 'region "southwest"', field: 'states[4]', reason: 'duplicate', value: '"TX"' }],
    ['a state served by nobody', (d) => d.regions[1].states.pop(), { where: 'dataset', field: 'regions', reason: 'coverage', value: '"VI"' }],
    ['a duplicate office id', (d) => (office(d, 'houston').id = 'miami'), { where: 'office "miami"', field: 'id', reason: 'duplicate' }],
    ['an out-of-range latitude', (d) => (office(d, 'hq').lat = 123), { where: 'office "hq"', field: 'lat', reason: 'format', value: '123' }],
    ['a misspelt field', (d) => (office(d, 'houston').phnoe = '713-718-4861'), { where: 'office "houston"', field: 'phnoe', reason: 'unknown' }],
    ['a confirmed fact without a date', (d) => delete office(d, 'houston').provenance.phone.source.date,
      { where: 'office "houston"', field: 'provenance.phone.source.date', reason: 'missing' }],
    ['a phone without provenance', (d) => delete office(d, 'houston').provenance.phone, { field: 'provenance.phone', reason: 'missing' }],
    ['an office outside its region', (d) => (office(d, 'houston').state = 'CA'), { where: 'office "houston"', field: 'state', reason: 'contradiction' }],
    ['a stateProvenance for a state the region does not serve', (d) => (d.regions[0].stateProvenance = { TX: { confidence: 'inferred' } }),
      { where: 'region "new-england"', field: 'stateProvenance.TX', reason: 'reference' }],
  ];
  for (const [what, mutate, expected] of cases) {
    it(`rejects ${what}, naming the office or region, the field and the bad value`, () => {
      const data = clone();
      mutate(data);
      const problems = problemsOf(data);
      expect(problems, JSON.stringify(problems)).to.have.length(1);
      expect(problems[0]).to.deep.include(expected);
      expect(problems[0].expected).to.be.a('string').with.length.greaterThan(5);
      expect(problems[0].message).to.include(problems[0].where).and.include(problems[0].expected);
    });
  }

  it('refuses keys named like the properties of every object (constructor, __proto__, toString)', () => {
    const data = JSON.parse(JSON.stringify(defaultDataset).replace('"id":"houston"', '"constructor":1,"__proto__":{"x":1},"toString":"x","id":"houston"'));
    expect(problemsOf(data).map((p) => `${p.where} ${p.field} ${p.reason}`)).to.deep.equal([
      'office "houston" constructor unknown', 'office "houston" __proto__ unknown', 'office "houston" toString unknown',
    ]);
  });

  it('reports every problem at once, not only the first', () => {
    const data = clone();
    office(data, 'houston').phone = '713-718-486';
    office(data, 'detroit').email = 'askcrs@usdoj.gov?subject=hi';
    data.contact.facebook = 'http://www.facebook.com/DOJCRS';
    const problems = problemsOf(data);
    expect(problems.map((p) => `${p.where} ${p.field}`)).to.deep.equal([
      'contact facebook', 'office "detroit" email', 'office "houston" phone',
    ]);
  });

  it('refuses a link whose user name pretends to be another site, and never links it', () => {
    const data = clone();
    data.contact.website = 'https://www.justice.gov@evil.example/crs';
    const [problem] = problemsOf(data);
    expect(problem.field).to.equal('website');
    expect(problem.expected).to.include('without a user name');
    expect(safeHref('https://www.justice.gov@evil.example/crs')).to.equal(undefined);
    expect(safeHref('https://www.justice.gov/crs')).to.equal('https://www.justice.gov/crs');
  });

  it('shows invisible and direction-changing characters in a bad value as escapes', () => {
    const data = clone();
    office(data, 'houston').name = 'Houston \u202eeciffO';
    const problem = problemsOf(data).find((p) => p.field === 'name')!;
    expect(problem.message).to.include('\\u202e');
    expect(problem.message).not.to.match(/[\u202a-\u202e]/);
  });

  it('rejects http: links and says https: is required', () => {
    const data = clone();
    data.contact.directory = 'http://www.justice.gov/crs';
    const [problem] = problemsOf(data);
    expect(problem.value).to.equal('"http://www.justice.gov/crs"');
    expect(problem.expected).to.include('https://').and.include('http: is not accepted');
  });

  it('rejects an email that is not a bare address', () => {
    for (const bad of ['askcrs@usdoj.gov?cc=x@evil.example', 'mailto:askcrs@usdoj.gov', 'askcrs@usdoj.gov, x@evil.example']) {
      const data = clone();
      office(data, 'midwest').email = bad;
      const [problem] = problemsOf(data);
      expect(problem, bad).to.deep.include({ where: 'office "midwest"', field: 'email', reason: 'format' });
      expect(problem.expected).to.include('bare email address');
    }
  });

  it('rejects phones that cannot be written in E.164', () => {
    for (const bad of ['713-718-486', '1-800-CALL-CRS', '713 718 4861 ext 5', '+0 12 3456 7890', '113-718-4861']) {
      const data = clone();
      office(data, 'houston').phone = bad;
      expect(problemsOf(data)[0], bad).to.deep.include({ field: 'phone', reason: 'format' });
    }
    expect(toE164('202-305-2935')).to.equal('+12023052935');
    expect(toE164('(202) 305-2935')).to.equal('+12023052935');
    expect(toE164('1 202 305 2935')).to.equal('+12023052935');
    expect(toE164('+44 20 7946 0000')).to.equal('+442079460000');
  });

  it('rejects control and bidi-override characters in any text', () => {
    for (const bad of ['Houston\u202eeciffO', 'Houston\u2066x\u2069', 'Hous\u0000ton', 'Houston\u0085']) {
      const data = clone();
      office(data, 'houston').city = bad;
      expect(problemsOf(data)[0], JSON.stringify(bad)).to.deep.include({ where: 'office "houston"', field: 'city', reason: 'format' });
    }
    const data = clone();
    office(data, 'houston').name = { en: 'Houston', ar: 'هيوستن\u202b' };
    expect(problemsOf(data)[0]).to.deep.include({ field: 'name.ar' });
  });

  it('rejects two different headquarters phones', () => {
    // The version 1 shape had a second headquarters phone in `contact`: it is refused, never compared.
    const legacy = clone();
    legacy.contact.phone = '202-555-0100';
    expect(problemsOf(legacy)[0]).to.deep.include({ where: 'contact', field: 'phone', reason: 'contradiction' });
    expect(problemsOf(legacy)[0].expected).to.include('one headquarters contact');
    // Two headquarters offices with different numbers.
    const twoHq = clone();
    twoHq.offices.push({ ...office(twoHq, 'hq'), id: 'hq-2', phone: '202-555-0100' });
    const problems = problemsOf(twoHq);
    expect(problems.map((p) => p.reason)).to.include('contradiction');
    expect(problems.find((p) => p.reason === 'contradiction')!.expected).to.include('exactly one headquarters');
  });

  it('requires headquarters to have a confirmed phone and email, since other offices route to them', () => {
    const data = clone();
    delete office(data, 'hq').phone;
    office(data, 'hq').provenance.email.confidence = 'old';
    const problems = problemsOf(data);
    expect(problems.map((p) => `${p.field} ${p.reason}`)).to.deep.equal(['phone missing', 'provenance.email.confidence contradiction']);
  });

  it('explains that a version 1 file must be upgraded', () => {
    const [problem] = problemsOf({ ...clone(), schemaVersion: 1 });
    expect(problem).to.deep.include({ field: 'schemaVersion', value: '1' });
    expect(problem.expected).to.include('docs/data-schema.md');
  });

  it('warns, without rejecting, about a phone the display rule will hide', () => {
    const data = clone();
    office(data, 'miami').phone = '305-555-0100';
    office(data, 'miami').provenance.phone = { confidence: 'inferred' };
    const result = validateDataset(data);
    expect(result.ok).to.be.true;
    expect(warningsFor(data).filter((w) => w.startsWith('office "miami"'))).to.deep.equal([
      'office "miami", phone: its confidence is "inferred", so the widgets do not show it (display rule: only confirmed streets and phones are shown)',
    ]);
  });

  it('reports a missing provenance object once, not once per fact', () => {
    const data = clone();
    delete data.contact.provenance;
    delete office(data, 'houston').provenance;
    expect(problemsOf(data).map((p) => `${p.where} ${p.field} ${p.reason}`)).to.deep.equal([
      'contact provenance missing', 'office "houston" provenance missing',
    ]);
  });

  it('rejects values that are not datasets at all, and never throws', () => {
    for (const value of [null, 42, 'text', [], {}, { schemaVersion: 2, offices: 'x', regions: [1] }]) {
      expect(problemsOf(value).length, JSON.stringify(value)).to.be.greaterThan(0);
    }
  });

  it('accepts a file that starts with a UTF-8 byte order mark in the page, as the CLI does', async () => {
    const original = window.fetch;
    window.fetch = async () => new Response(`\ufeff${JSON.stringify(defaultDataset)}`, { headers: { 'content-type': 'application/json' } });
    try {
      const result = await loadDataset(`https://partner.example/bom-${Date.now()}.json`);
      expect(result?.ok).to.be.true;
    } finally {
      window.fetch = original;
    }
  });

  it('refuses data-src URLs that are not http(s)', () => {
    expect(dataUrl('javascript:alert(1)', location.href)).to.equal(undefined);
    expect(dataUrl('data:application/json,{}', location.href)).to.equal(undefined);
    expect(dataUrl('/data.json', 'https://partner.example/page')?.href).to.equal('https://partner.example/data.json');
  });
});

describe('validate says OK means the widget shows it', () => {
  // The card builds its links with these functions; the validator accepts a value exactly when they read it.
  const shown = (field: 'email' | 'phone' | 'website', value: string) =>
    field === 'email' ? mailtoHref(value) : field === 'phone' ? telHref(value) : safeHref(value);
  const edges: [string, 'email' | 'phone' | 'website', string][] = [
    ['an email with %', 'email', 'help%desk@usdoj.gov'],
    ['an email with two dots in a row', 'email', 'a..b@usdoj.gov'],
    ['a website ending in a right-to-left mark', 'website', 'https://www.justice.gov/crs\u200f'],
    ['a website with a tab inside', 'website', 'https://www.justice.gov/\tcrs'],
    ['a phone written with slashes', 'phone', '202/305/2935'],
    ['a phone with the 011 prefix', 'phone', '011 44 20 7946 0000'],
    ['a phone with a no-break space', 'phone', '202\u00a0305\u00a02935'],
    ['a plain email', 'email', 'askcrs@usdoj.gov'],
    ['an email with an apostrophe', 'email', "o'brien@usdoj.gov"],
  ];
  for (const [what, field, value] of edges) {
    it(`${what} (${JSON.stringify(value)}) is either refused or linked, never accepted and dropped`, () => {
      const data = clone();
      if (field === 'website') data.contact.website = value;
      else office(data, 'hq')[field] = value;
      const accepted = validateDataset(data).ok;
      expect(accepted, `accepted: ${accepted}, link: ${shown(field, value)}`).to.equal(shown(field, value) !== undefined);
    });
  }

  it('a card given a file the validator accepts links its edge values (212/555/0199, an apostrophe in an email)', async () => {
    const data = clone();
    data.status = { state: 'operating', asOf: '2027-03-01', sources: [{ kind: 'government', url: 'https://www.justice.gov/crs', date: '2027-03-01' }] };
    for (const o of data.offices) delete o.status;
    office(data, 'hq').phone = '212/555/0199';
    office(data, 'hq').email = "o'brien@usdoj.gov";
    expect(validateDataset(data).ok).to.be.true;
    const original = window.fetch;
    window.fetch = async () => new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
    try {
      const el = await fixture<HTMLElement>(html`<crs-contact-card office="hq" data-src="https://partner.example/edge-${Date.now()}.json"></crs-contact-card>`);
      const link = (href: string) => el.shadowRoot!.querySelector(`a[href="${href}"]`);
      await waitUntil(() => link('tel:+12125550199') && link("mailto:o'brien@usdoj.gov"), 'the card links the phone and the email it was given');
    } finally {
      window.fetch = original;
    }
  });

  it('refuses the four values the old validator and renderer disagreed on, and links 202/305/2935', () => {
    const verdict = (field: 'email' | 'phone' | 'website', value: string) => {
      const data = clone();
      if (field === 'website') data.contact.website = value;
      else office(data, 'hq')[field] = value;
      return validateDataset(data).ok;
    };
    expect(verdict('email', 'help%desk@usdoj.gov')).to.be.false;
    expect(verdict('email', 'a..b@usdoj.gov')).to.be.false;
    expect(verdict('website', 'https://www.justice.gov/crs\u200f')).to.be.false;
    expect(verdict('phone', '202/305/2935')).to.be.true;
    expect(telHref('202/305/2935')).to.equal('tel:+12023052935');
  });
});

describe('names a visitor reads', () => {
  const named = (name: unknown) => {
    const data = clone();
    office(data, 'houston').name = name;
    return problemsOf(data).map((p) => `${p.field} ${p.reason}`);
  };

  it('refuses invisible and filler characters that make a name look empty or like another', () => {
    const hidden = ['\u3164', '\u115f', '\u200b', '\ufeff', '\u00ad', '\u{e0041}', '\u061c', '\u200e', '\u200f', '\u2060'];
    for (const c of hidden) {
      expect(named(`Houston${c}Office`), `U+${c.codePointAt(0)!.toString(16)}`).to.deep.equal(['name format']);
      expect(named(c), `U+${c.codePointAt(0)!.toString(16)} alone`).to.deep.equal(['name format']);
    }
    expect(named({ en: 'Houston', ko: '\u3164\u3164' })).to.deep.equal(['name.ko format']);
  });

  it('refuses runs of more than four combining marks, and keeps the marks real languages use', () => {
    expect(named(`Zalgo${'\u0301'.repeat(5)}`)).to.deep.equal(['name format']);
    expect(named(`Z${'\u0301\u0300\u0302\u0303\u0304'.repeat(40)}`)).to.deep.equal(['name format']);
    // Vietnamese written with combining marks, Arabic with vowel signs, Persian with a zero-width non-joiner.
    expect(named('Ho\u0302\u0300 Chi\u0301 Minh')).to.deep.equal([]);
    expect(named('\u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f')).to.deep.equal([]);
    expect(named('\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645')).to.deep.equal([]);
  });

  it('shows the bad characters of a refused name as escapes in the report', () => {
    const data = clone();
    office(data, 'houston').name = 'Hou\u3164ston\u{e0041}';
    const [problem] = problemsOf(data);
    expect(problem.message).to.include('\\u3164').and.include('\\ue0041');
    expect(problem.message).not.to.match(/[\u3164]|\u{e0041}/u);
  });
});
