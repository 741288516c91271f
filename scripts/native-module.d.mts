// Types for native-module.mjs, so its tests (test/node/native) typecheck. Keep in step with it.
export type Runtime = 'node' | 'electron'

export declare const BINARY_PATH: string
export declare const CACHE_DIR: string
export declare const ELECTRON_ABI_TABLE: Readonly<Record<number, number>>

export declare function parseAbi(bytes: Uint8Array): number | null
export declare function electronAbiFromTable(version: string): number | null
export declare function runtimeForAbi(
  abi: number | null,
  abis: { node: number | null; electron: number | null }
): Runtime | null
export declare function cachePath(root: string, moduleVersion: string, runtime: Runtime, abi: number): string
export declare function electronTarget(root: string): { version: string; abi: number }

export interface EnsureOptions {
  root: string
  runtime: Runtime
  abis: Record<Runtime, number | (() => number)>
  build: (runtime: Runtime) => boolean
  log?: (line: string) => void
}
export declare function ensureNativeModule(options: EnsureOptions): 'unchanged' | 'from-cache' | 'built'

export declare class UserError extends Error {}
export declare class BuildError extends UserError {
  readonly runtime: Runtime
  readonly restored: boolean
}
