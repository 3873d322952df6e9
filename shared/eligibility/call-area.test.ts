import { describe, expect, it } from 'vitest';
import { mayBeInCallArea } from './call-area';

const BERGAMO = ['IT', 'IT-25', 'ITC4', 'IT-BG'];
const GHENT = ['BE', 'BE-VLG', 'BE-VOV'];

describe('whether a company may be in a call’s area', () => {
  it('follows the call’s included and excluded areas, at any level of the company’s places', () => {
    expect(mayBeInCallArea(GHENT, { include: ['BE-VLG'], exclude: [] })).toBe(true);
    expect(mayBeInCallArea(BERGAMO, { include: ['BE-VLG'], exclude: [] })).toBe(false);
    expect(mayBeInCallArea(BERGAMO, { include: ['IT'], exclude: ['IT-BG'] })).toBe(false);
    expect(mayBeInCallArea(BERGAMO, { include: [], exclude: [] })).toBe(true);
  });

  it('keeps out no company that has not said where it is', () => {
    expect(mayBeInCallArea([], { include: ['BE-VLG'], exclude: [] })).toBe(true);
  });
});
