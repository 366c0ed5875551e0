/** Public shapes of indicator extraction: indicator types, found indicators, stated relations. */

export const IocType = [
  'url',
  'domain',
  'ipv4',
  'ipv6',
  'cidr',
  'email',
  'md5',
  'sha1',
  'sha256',
  'sha512',
  'cve',
  'asn',
  'phone',
  'btc',
  'eth',
] as const;
export type IocType = (typeof IocType)[number];

/** One indicator: `value` is the refanged canonical form, `raw` what the text said, `offset` its
 * first position as a UTF-16 index into the text given to the extractor. */
export type Ioc = {
  readonly type: IocType;
  readonly value: string;
  readonly raw: string;
  readonly offset: number;
  /** The input file, set by the CLI when it reads several. */
  readonly file?: string;
};

/** Relation names: STIX 2.1 relationship vocabulary where it has one; `contained-in` (an address
 * inside a stated network) has no STIX term. */
export const RelationType = ['resolves-to', 'belongs-to', 'related-to', 'contained-in'] as const;
export type RelationType = (typeof RelationType)[number];

export type IocRef = { readonly type: IocType; readonly value: string };

/** A relation the text states, with the words that state it. */
export type Relation = {
  readonly source: IocRef;
  readonly type: RelationType;
  readonly target: IocRef;
  readonly evidence: string;
};

export type ExtractResult = {
  readonly iocs: readonly Ioc[];
  readonly relations: readonly Relation[];
};

export type ExtractOptions = {
  /** Only these types are returned (relations keep only pairs whose both ends are kept). */
  readonly types?: readonly IocType[];
  /** Skip relation detection (a little faster). */
  readonly relations?: boolean;
};

/** A match in the refanged text, before offsets are mapped back. */
export type Occurrence = {
  type: IocType;
  value: string;
  start: number;
  end: number;
};
