import { describe, expect, it } from 'vitest';
import { readLines } from './streamed-import.ts';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe('readLines', () => {
  it('yields whole lines even when chunks split them, and the last line without a newline', async () => {
    const lines: string[] = [];
    for await (const line of readLines(streamOf(['{"a":', '1}\n{"b"', ':2}\n\n{"c":3}']))) lines.push(line);
    expect(lines).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });
});
