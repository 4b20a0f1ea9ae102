// xapi-validation (CommonJS, untyped) as the Node tests use it: the problems of one statement.
import { createRequire } from 'node:module';

export const validate = (
  createRequire(import.meta.url)('xapi-validation') as {
    default: (statement: unknown) => { path: string[] }[];
  }
).default;
