import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Test-only: the repository root, and the files a source file reaches through its imports. */
export const ROOT = path.resolve(import.meta.dirname, '../../..');

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '/index.ts', '/index.tsx'];

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier.replace(/\?.*$/, ''));
  return EXTENSIONS.map((ext) => base + ext).find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

/**
 * Every repository file reached from `entry` (repository-relative, `/`-separated), and every
 * package it names. Type-only imports count too: lint zones ban them as well.
 */
export function reachedFrom(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    if (files.has(rel)) return;
    files.add(rel);
    if (!/\.(ts|tsx|js|mjs)$/.test(file)) return;
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) {
        packages.add(fileName);
        continue;
      }
      const target = resolveRelative(file, fileName);
      if (!target) throw new Error(`${rel}: cannot resolve ${fileName}`);
      visit(target);
    }
  };
  visit(path.resolve(ROOT, entry));
  return { files: [...files].sort(), packages: [...packages].sort() };
}
