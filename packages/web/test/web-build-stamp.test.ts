import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// The pure part of `npm start`'s rebuild-only-when-changed step (scripts/build-web-if-changed.mjs).
import { fingerprintOf, needsBuild, readInputs, readStamp, STAMP_FILE, writeStamp } from '../../../scripts/web-build-stamp.mjs';

describe('fingerprintOf', () => {
  const files = [
    { path: 'packages/web/src/main.tsx', content: 'render()' },
    { path: 'packages/web/index.html', content: '<div id="root"></div>' },
  ];

  it('does not depend on the order the files were read in', () => {
    expect(fingerprintOf(files)).toBe(fingerprintOf([...files].reverse()));
  });

  it('changes when a file changes, is renamed, is added or is removed', () => {
    const base = fingerprintOf(files);
    const [first, second] = files as [(typeof files)[0], (typeof files)[0]];
    expect(fingerprintOf([{ ...first, content: 'render(1)' }, second])).not.toBe(base);
    expect(fingerprintOf([{ ...first, path: 'packages/web/src/app.tsx' }, second])).not.toBe(base);
    expect(fingerprintOf([...files, { path: 'packages/shared/src/x.ts', content: '' }])).not.toBe(base);
    expect(fingerprintOf([first])).not.toBe(base);
  });

  it('does not confuse content moved from one file to the next', () => {
    expect(
      fingerprintOf([
        { path: 'a', content: 'xy' },
        { path: 'b', content: '' },
      ]),
    ).not.toBe(
      fingerprintOf([
        { path: 'a', content: 'x' },
        { path: 'b', content: 'y' },
      ]),
    );
  });
});

describe('needsBuild', () => {
  it('skips the build only when dist has index.html and the same stamp', () => {
    expect(needsBuild({ fingerprint: 'abc', stamp: 'abc\n', hasIndexHtml: true })).toBe(false);
  });

  it('builds when the sources changed, when there is no stamp, or when dist is empty', () => {
    expect(needsBuild({ fingerprint: 'abc', stamp: 'def', hasIndexHtml: true })).toBe(true);
    expect(needsBuild({ fingerprint: 'abc', stamp: null, hasIndexHtml: true })).toBe(true);
    expect(needsBuild({ fingerprint: 'abc', stamp: 'abc', hasIndexHtml: false })).toBe(true);
  });
});

describe('reading inputs and the stamp', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('reads every file under the inputs except node_modules, and round-trips the stamp', () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kith-web-stamp-'));
    fs.mkdirSync(path.join(root, 'web/src/nested'), { recursive: true });
    fs.mkdirSync(path.join(root, 'web/src/node_modules'), { recursive: true });
    fs.writeFileSync(path.join(root, 'web/src/nested/a.ts'), 'a');
    fs.writeFileSync(path.join(root, 'web/src/node_modules/ignored.js'), 'x');
    fs.writeFileSync(path.join(root, 'web/index.html'), 'i');

    const files = readInputs(root, ['web/src', 'web/index.html', 'web/missing.json']);
    expect(files.map((file) => file.path).sort()).toEqual(['web/index.html', 'web/src/nested/a.ts']);

    const dist = path.join(root, 'dist');
    fs.mkdirSync(dist);
    expect(readStamp(dist)).toBeNull();
    const fingerprint = fingerprintOf(files);
    writeStamp(dist, fingerprint);
    expect(fs.existsSync(path.join(dist, STAMP_FILE))).toBe(true);
    expect(needsBuild({ fingerprint, stamp: readStamp(dist), hasIndexHtml: true })).toBe(false);
  });
});
