// Types of scripts/minify-templates.mjs, for the Vite configs written in TypeScript.
import type { Plugin } from 'vite';

export function minifyStatic(text: string, tag: 'html' | 'svg' | 'css'): string;
export function minifyTemplates(
  source: string,
  fileName: string,
): { code: string; map: unknown } | null;
export function minifyTemplatesPlugin(): Plugin;
