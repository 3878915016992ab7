/** Where a command writes, and in which language it speaks. Tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly lang: 'zh' | 'en';
}
