import path from 'node:path';
import { readSchemas } from '../validate/schemas.js';
import { writeFileSafe } from '../write/index.js';

/**
 * The schemas as editors need them: without `$id`, so each `$ref` resolves
 * to the file next to it instead of a web address.
 */
export function editorSchemas(): Array<{ file: string; text: string }> {
  return readSchemas().map(({ file, schema }) => {
    const { $id: _id, ...rest } = schema;
    void _id;
    return { file, text: `${JSON.stringify(rest, null, 2)}\n` };
  });
}

export function writeSchemas(dir: string): string[] {
  return editorSchemas().map(({ file, text }) => {
    const abs = path.join(dir, file);
    writeFileSafe(abs, text);
    return abs;
  });
}
