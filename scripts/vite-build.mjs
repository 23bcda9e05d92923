// @ts-check
// One `vite build` of one config, as every script runs it: configs load through Vite's module
// runner (they import the theme registry, TypeScript with extensionless imports), and a
// target picks what vite.lib.config.ts builds (TARGET=lib|cli).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');

/**
 * @param {string} config e.g. 'vite.lib.config.ts'
 * @param {Record<string, string>} [env] e.g. { TARGET: 'lib' }
 * @param {'warn' | 'error'} [logLevel]
 * @returns {boolean} whether it built
 */
export function viteBuild(config, env = {}, logLevel = 'warn') {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', logLevel, '--configLoader', 'runner', '-c', config], {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}
