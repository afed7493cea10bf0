/** Types of extract-communes.mjs (a plain Node script, also imported by its drift test). */
export interface CommunesExtract {
  readonly source: string;
  readonly license: string;
  readonly provinces: Record<string, [string, string][]>;
}
export function extractCommunes(): CommunesExtract;
export function serialise(data: CommunesExtract): Promise<string>;
