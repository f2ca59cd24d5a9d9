import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * The shared benchmark data lives beside the repository (`../shared/data`); the env var lets CI or
 * a developer point elsewhere without editing code.
 */
export function dataDir(): string {
  const override = process.env['AVAIN_DATA_DIR'];
  if (override) return override;
  // src/model → packages/optimizer → packages → repo root
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
  return path.resolve(repoRoot, '../shared/data');
}

export function hasData(): boolean {
  return existsSync(path.join(dataDir(), 'vrptw', 'solomon'));
}
