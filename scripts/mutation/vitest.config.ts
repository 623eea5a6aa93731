/**
 * The tests Stryker runs against each mutant: the unit project of vitest.config.ts alone, since
 * the build-output and browser tests need a built site and Chromium, which a mutant never has.
 */
import { defineConfig } from 'vitest/config';
import root from '../../vitest.config.ts';

const unit = root.test?.projects?.find(
  (project): project is { test: { name: string } } => typeof project === 'object' && 'test' in project && project.test?.name === 'unit',
);
if (!unit) throw new Error('vitest.config.ts has no project named "unit"');

export default defineConfig(unit);
