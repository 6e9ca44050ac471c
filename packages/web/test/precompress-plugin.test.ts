import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressVariants, MIN_PRECOMPRESS_BYTES, shouldPrecompress } from '../vite/precompress-plugin.ts';

describe('shouldPrecompress', () => {
  it('takes text formats of at least about 1 kB', () => {
    for (const name of ['assets/index-abc.js', 'assets/app.css', 'index.html', 'logo.svg', 'manifest.json']) {
      expect(shouldPrecompress(name, MIN_PRECOMPRESS_BYTES)).toBe(true);
    }
  });

  it('skips small files, images, fonts, source maps and the compressed files themselves', () => {
    expect(shouldPrecompress('assets/index.js.map', 100_000)).toBe(false);
    expect(shouldPrecompress('assets/tiny.js', MIN_PRECOMPRESS_BYTES - 1)).toBe(false);
    for (const name of ['assets/photo.png', 'assets/font.woff2', 'assets/index.js.br', 'assets/index.js.gz']) {
      expect(shouldPrecompress(name, 100_000)).toBe(false);
    }
  });

  it('ignores the case of the extension', () => {
    expect(shouldPrecompress('LOGO.SVG', 5000)).toBe(true);
  });
});

describe('compressVariants', () => {
  it('gives brotli and gzip that decode back to the original, both smaller', async () => {
    const content = Buffer.from('export const greeting = "hello";\n'.repeat(200));
    const { br, gz } = await compressVariants(content);
    expect(br).not.toBeNull();
    expect(gz).not.toBeNull();
    expect(zlib.brotliDecompressSync(br as Buffer).equals(content)).toBe(true);
    expect(zlib.gunzipSync(gz as Buffer).equals(content)).toBe(true);
    expect((br as Buffer).length).toBeLessThan(content.length);
  });

  it('leaves out a variant that would not be smaller', async () => {
    // Random bytes do not compress: both encodings come out larger.
    const { br, gz } = await compressVariants(randomBytes(2000));
    expect(br).toBeNull();
    expect(gz).toBeNull();
  });
});
