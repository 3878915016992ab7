// The part of papaparse the core uses (parsing a string step by step), typed without the Node stream
// types that @types/papaparse references: the core-only type check (core/tsconfig.json) resolves
// 'papaparse' here, so that a Node global used in the core by mistake fails it.
export interface ParseStepError {
  readonly message: string;
  readonly index?: number;
}

export interface ParseStep<T> {
  readonly data: T;
  readonly errors: readonly ParseStepError[];
  readonly meta: { readonly cursor: number };
}

export interface ParseStringConfig<T> {
  readonly delimiter?: string;
  readonly skipEmptyLines?: boolean;
  readonly newline?: string;
  step(step: ParseStep<T>): void;
}

declare const Papa: {
  parse<T>(input: string, config: ParseStringConfig<T>): void;
};
export default Papa;
