import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Text formats that shrink well; images and fonts are already compressed. Source maps are left
 * out: only developer tools fetch them, and brotli at quality 11 on them was most of the build's
 * added time (12 of 14 s), which every test run's build pays.
 */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json']);

/** Below about 1 kB the saving is smaller than a round of header overhead and a disk read. */
export const MIN_PRECOMPRESS_BYTES = 1024;

/** Whether the built file `fileName` of `size` bytes gets `.br` and `.gz` siblings. */
export function shouldPrecompress(fileName: string, size: number): boolean {
  return size >= MIN_PRECOMPRESS_BYTES && COMPRESSIBLE.has(path.extname(fileName).toLowerCase());
}

/**
 * The brotli and gzip encodings of `content`, at their highest settings: this runs once per build,
 * not per request, so the smallest output is worth the build time. A variant that is not smaller
 * than the original is left out (null), so the server sends the original instead.
 */
export async function compressVariants(content: Buffer): Promise<{ br: Buffer | null; gz: Buffer | null }> {
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  return { br: br.length < content.length ? br : null, gz: gz.length < content.length ? gz : null };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

async function precompressFile(file: string): Promise<void> {
  const content = await readFile(file);
  if (!shouldPrecompress(file, content.length)) return;
  const { br, gz } = await compressVariants(content);
  await Promise.all([br && writeFile(`${file}.br`, br), gz && writeFile(`${file}.gz`, gz)]);
}

/**
 * Writes `.br` and `.gz` beside every compressible file in the build output, so the server sends
 * them as they are (@fastify/static `preCompressed`) instead of compressing on every request.
 * It walks the output folder rather than the bundle so copied public files are included too.
 */
export function precompressAssets(): Plugin {
  return {
    name: 'kith-precompress-assets',
    apply: 'build',
    async writeBundle(options) {
      const outDir = options.dir;
      if (outDir === undefined) return;
      const files = (await filesUnder(outDir)).filter((file) => !file.endsWith('.br') && !file.endsWith('.gz'));
      await Promise.all(files.map(precompressFile));
    },
  };
}
