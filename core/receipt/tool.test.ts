import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { TOOL } from './tool.js';

describe('TOOL', () => {
  it('names the package and its version, as every receipt states them', () => {
    expect(TOOL).toEqual({ name: pkg.name, version: pkg.version });
  });
});
