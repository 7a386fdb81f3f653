import type { ESLint, Linter } from 'eslint';

export interface Zone {
  files: string[];
  paths: string[];
  packages: string[];
  globals: string[];
  members: string[];
  why: string;
}
export const ZONES: Record<'pure-core' | 'content-script' | 'ui', Zone>;
export function globToRegExp(glob: string): RegExp;
export function matchesAny(file: string, globs: readonly string[]): boolean;
export const boundaries: ESLint.Plugin;
export const boundaryConfigs: Linter.Config[];
