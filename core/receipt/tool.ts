/** The tool named in every receipt. A test keeps the version equal to package.json's. */
export const TOOL = { name: 'tallywitness', version: '0.1.0' } as const;

export interface ToolId {
  readonly name: string;
  readonly version: string;
}
