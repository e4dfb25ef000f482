/** How far an import has got, reported as it goes: data rows read from the sheet, validated, written. */
export interface ImportProgress {
  read(rows: number): void;
  validated(rows: number): void;
  written(rows: number): void;
}

/** For an import nobody watches (the command line). */
export const UNWATCHED: ImportProgress = { read: () => {}, validated: () => {}, written: () => {} };
