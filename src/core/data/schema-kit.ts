/**
 * A small declarative schema description: a dataset's shape written once (./schema.ts), from which come the
 * TypeScript types (`Infer`), the checks the validator runs (`walk`), the JSON Schema file partners' editors
 * read (./json-schema.ts, generated at build time) and the CLI's wording (./report.ts). Our own rather than a
 * library, by measure (esbuild, minified + gzip -9, the same dataset described each way, beside the same field
 * and cross-field rules): this description and walker add about 1.5 KB, Valibot 1.5 about 3.1 KB (and its issues
 * would still need mapping to our paths and reasons), TypeBox 0.34 with `Value.Errors` about 29 KB.
 */

/** The string forms a field can take; ./schema.ts gives each its rule, ./report.ts its wording. */
export type Format = 'text' | 'id' | 'date' | 'asOf' | 'https' | 'email' | 'phone' | 'zip' | 'state' | 'tag';

export type Reason = 'missing' | 'type' | 'format' | 'reference' | 'duplicate' | 'coverage' | 'contradiction' | 'unknown';

/** A problem found: where (a path from the file's root: `offices[14].phone`) and why. */
export interface Problem {
  readonly path: string;
  readonly reason: Reason;
  /** The bad value as JSON, shortened and with hidden characters escaped; absent when the field is missing. */
  readonly value?: string;
  /** For a rule across fields (./rules.ts): which one, so the CLI can word it. */
  readonly rule?: string;
}

/** The one way to add a problem. */
export type Report = (path: string, reason: Reason, value?: unknown, rule?: string) => void;

// The phantom `_` carries the described value's type for `Infer`; it never exists at run time.
interface Base<T> { readonly _?: T; readonly opt?: boolean; readonly name?: string }
export interface Str extends Base<string> { readonly t: 'str'; readonly f: Format }
export interface Enum<T> extends Base<T> { readonly t: 'enum'; readonly v: readonly T[] }
export interface Num extends Base<number> { readonly t: 'num'; readonly min: number; readonly max: number }
export interface Null extends Base<null> { readonly t: 'null' }
export interface List<T> extends Base<readonly T[]> { readonly t: 'list'; readonly of: Node; readonly max: number }
export interface Obj<T> extends Base<T> {
  readonly t: 'obj';
  readonly props: Readonly<Record<string, Node>>;
  /** Keys refused with a reason of their own (`contact.phone`: one headquarters contact), by rule name. */
  readonly refused?: Readonly<Record<string, string>>;
}
export interface MapOf<T> extends Base<Readonly<Record<string, T>>> { readonly t: 'map'; readonly key: Format; readonly of: Node }
export interface Or<T> extends Base<T> { readonly t: 'or'; readonly of: readonly Node[] }
export type Node = Str | Enum<unknown> | Num | Null | List<unknown> | Obj<unknown> | MapOf<unknown> | Or<unknown>;

export type Infer<N> = N extends Base<infer T> ? T : never;
type Shape = Readonly<Record<string, Node>>;
type Optional = { readonly opt: true };
type Flat<T> = { [K in keyof T]: T[K] };
type ObjType<P extends Shape> = Flat<
  { readonly [K in keyof P as P[K] extends Optional ? never : K]: Infer<P[K]> } &
  { readonly [K in keyof P as P[K] extends Optional ? K : never]?: Infer<P[K]> }
>;

export const str = (f: Format): Str => ({ t: 'str', f });
export const oneOf = <const T extends string | number>(v: readonly T[]): Enum<T> => ({ t: 'enum', v });
export const num = (min: number, max: number): Num => ({ t: 'num', min, max });
export const nil: Null = { t: 'null' };
export const list = <N extends Node>(of: N, max: number): List<Infer<N>> => ({ t: 'list', of, max });
export const obj = <P extends Shape>(props: P, refused?: Record<string, string>): Obj<ObjType<P>> => ({ t: 'obj', props, refused });
export const mapOf = <N extends Node>(key: Format, of: N): MapOf<Infer<N>> => ({ t: 'map', key, of });
export const or = <A extends Node, B extends Node>(a: A, b: B): Or<Infer<A> | Infer<B>> => ({ t: 'or', of: [a, b] });
/** The field may be absent. */
export const opt = <N extends Node>(node: N): N & Optional => ({ ...node, opt: true });
/** A definition the JSON Schema names (`#/$defs/provenance`) and the CLI describes by name. */
export const named = <N extends Node>(name: string, node: N): N => ({ ...node, name });

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const jsType = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value);
const nodeType = (node: Node) =>
  ({ str: 'string', enum: typeof (node as Enum<unknown>).v?.[0], num: 'number', null: 'null', list: 'list', obj: 'object', map: 'object', or: '' })[node.t];
// Own keys only: a file's "constructor" or "__proto__" must not pass for a field of the schema.
const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);
export const at = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** Checks `value` against `node`, reporting every problem under `path`. */
export function walk(node: Node, value: unknown, path: string, report: Report, formats: Record<Format, (s: string) => boolean>): void {
  const recurse = (n: Node, v: unknown, p: string) => walk(n, v, p, report, formats);
  switch (node.t) {
    case 'str':
      if (typeof value !== 'string') return report(path, 'type', value);
      if (!formats[node.f](value)) report(path, 'format', value);
      return;
    case 'enum':
      if (!node.v.includes(value)) report(path, 'format', value);
      return;
    case 'num':
      if (typeof value !== 'number' || !Number.isFinite(value)) return report(path, 'type', value);
      if (value < node.min || value > node.max) report(path, 'format', value);
      return;
    case 'null':
      if (value !== null) report(path, 'type', value);
      return;
    case 'list':
      if (!Array.isArray(value) || value.length === 0 || value.length > node.max) return report(path, 'type', value);
      value.forEach((item, i) => recurse(node.of, item, at(path, i)));
      return;
    case 'map':
      if (!isObject(value) || Object.keys(value).length === 0) return report(path, 'type', value);
      for (const key of Object.keys(value)) {
        if (!formats[node.key](key)) report(at(path, key), 'format', key, `key-${node.key}`);
        else recurse(node.of, value[key], at(path, key));
      }
      return;
    case 'or': {
      const branch = node.of.find((n) => nodeType(n) === jsType(value));
      if (branch) recurse(branch, value, path);
      else report(path, 'type', value);
      return;
    }
    case 'obj':
      if (!isObject(value)) return report(path, 'type', value);
      for (const key of Object.keys(value)) {
        // A misspelt key would otherwise be silently ignored.
        if (own(node.props, key)) continue;
        const rule = node.refused && own(node.refused, key) ? node.refused[key] : undefined;
        report(at(path, key), rule ? 'contradiction' : 'unknown', value[key], rule);
      }
      for (const [key, prop] of Object.entries(node.props)) {
        if (value[key] !== undefined) recurse(prop, value[key], at(path, key));
        else if (!prop.opt) report(at(path, key), 'missing');
      }
  }
}

/** The node that describes `path` (`offices[3].provenance.phone`), for the CLI's wording. */
export function nodeAt(root: Node, path: string): Node | undefined {
  let node: Node | undefined = root;
  for (const key of path.match(/[^.[\]]+/g) ?? []) {
    if (!node) return undefined;
    if (node.t === 'or') node = node.of.find((n) => n.t === 'map') ?? node.of[0];
    node = node.t === 'obj' ? (own(node.props, key) ? node.props[key] : undefined) : node.t === 'list' || node.t === 'map' ? node.of : undefined;
  }
  return node;
}
