/** The key of a location lookup inside one document of a file (FileMemo, see ./memo.ts). */
export function locationKey(docIndex: number, path: readonly (string | number)[], at: string): string {
  return `${docIndex}|${at}|${JSON.stringify(path)}`;
}
