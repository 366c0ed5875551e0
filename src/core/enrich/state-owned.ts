/** Rows of the state-owned AS dataset (Carisimo et al., IMC 2021), as generated from vendor/. */
export interface StateOwnedAs {
  readonly asn: number;
  /** 1-based line in the CSV file. */
  readonly line: number;
  /** The row's first columns as they read in the CSV, for evidence. */
  readonly row: string;
  readonly conglomerate: string;
  readonly orgName: string;
  readonly ownerCountry: string;
  readonly quote: string;
  /** Present in the minority list only. */
  readonly ownershipPercent?: number;
}
