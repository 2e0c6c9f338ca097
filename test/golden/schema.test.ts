import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildDemo } from '../helpers/demo-build.js';
import { STORIES_SCHEMA_ID } from '../../src/export/stories-document.js';
import { VERSION } from '../../src/version.js';

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../schema/stories-v1.json'), 'utf8')) as { $id: string };

describe('stories.json', () => {
  it('validates against the shipped JSON Schema', async () => {
    const { doc } = await buildDemo();
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(JSON.parse(JSON.stringify(doc)));
    expect(validate.errors?.slice(0, 5) ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('names the schema it follows', async () => {
    const { doc } = await buildDemo();
    expect(doc.$schema).toBe(schema.$id);
    expect(schema.$id).toBe(STORIES_SCHEMA_ID);
  });

  it('reports the package version', () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
