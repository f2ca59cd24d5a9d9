import { describe, expect, it } from 'vitest';
import { PageBuffers } from './page-buffers.ts';

describe('PageBuffers', () => {
  it('gives a buffer of the length asked for, and its memory again only after release', () => {
    const pages = new PageBuffers();
    const first = pages.take(40_000);
    expect(first.length).toBe(40_000);
    const second = pages.take(30_000);
    expect(second.buffer).not.toBe(first.buffer);
    pages.release(first);
    const third = pages.take(50_000);
    expect(third.buffer).toBe(first.buffer);
    expect(third.length).toBe(50_000);
    // Still in use: not given out twice.
    expect(pages.take(10).buffer).not.toBe(third.buffer);
  });

  it('keeps sizes apart, and makes pages larger than the largest kept size afresh', () => {
    const pages = new PageBuffers();
    const small = pages.take(1000);
    pages.release(small);
    const large = pages.take(100_000);
    expect(large.buffer).not.toBe(small.buffer);
    const huge = pages.take(1_000_000);
    expect(huge.length).toBe(1_000_000);
    pages.release(huge);
    expect(pages.take(1_000_000).buffer).not.toBe(huge.buffer);
  });

  it('ignores a second release and buffers it did not give', () => {
    const pages = new PageBuffers();
    const page = pages.take(2000);
    pages.release(page);
    pages.release(page);
    const a = pages.take(2000);
    const b = pages.take(2000);
    expect(a.buffer).toBe(page.buffer);
    expect(b.buffer).not.toBe(page.buffer);
    const foreign = Buffer.alloc(64 * 1024);
    pages.release(foreign);
    expect(pages.take(100).buffer).not.toBe(foreign.buffer);
  });

  it('keeps at most the number of free buffers it was given', () => {
    const pages = new PageBuffers(2);
    const taken = [pages.take(100), pages.take(100), pages.take(100)];
    taken.forEach((page) => pages.release(page));
    const again = new Set([pages.take(100).buffer, pages.take(100).buffer, pages.take(100).buffer]);
    expect(taken.filter((page) => again.has(page.buffer))).toHaveLength(2);
  });
});
