// The layer rule (eslint.config.js, README "Architecture") is only worth having if it bites: each probe
// below is linted as if it were a file at that path, with the project's own config, and must fail for
// the stated reason. The probes are never written to disk, so they cannot leak into a build.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The probes are not in the TypeScript project, so the type-aware rules (which need it) are off for them;
// every rule that checks layers stays on.
const eslint = new ESLint({
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
    },
  },
});

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('the layer rule', () => {
  it.each([
    {
      what: 'src/data importing React',
      path: 'src/data/query/probe.ts',
      code: "import { useState } from 'react';\nexport const probe = useState;\n",
      rule: 'no-restricted-imports',
    },
    {
      what: 'src/data touching document',
      path: 'src/data/query/probe.ts',
      code: 'export const probe = () => document.title;\n',
      rule: 'no-restricted-globals',
    },
    {
      what: 'src/data importing the store',
      path: 'src/data/query/probe.ts',
      code: "import { useAirlift } from '../../store/store';\nexport const probe = useAirlift;\n",
      rule: 'boundaries/dependencies',
    },
    {
      what: 'a view importing app',
      path: 'src/map/probe.ts',
      code: "import { App } from '../app/App';\nexport const probe = App;\n",
      rule: 'boundaries/dependencies',
    },
    {
      what: "a view importing another view's internals",
      path: 'src/map/probe.ts',
      code: "import { Timeline } from '../timeline/Timeline';\nexport const probe = Timeline;\n",
      rule: 'boundaries/dependencies',
    },
    {
      what: 'a view importing io',
      path: 'src/table/probe.ts',
      code: "import { downloadText } from '../io/download';\nexport const probe = downloadText;\n",
      rule: 'boundaries/dependencies',
    },
    {
      what: 'the store importing a view',
      path: 'src/store/probe.ts',
      code: "import { SourceLinks } from '../ui/SourceLinks';\nexport const probe = SourceLinks;\n",
      rule: 'boundaries/dependencies',
    },
  ])('fails lint for $what', async ({ path, code, rule }) => {
    expect(await ruleIdsFor(path, code)).toContain(rule);
  });

  it.each([
    {
      what: 'src/data importing a sibling folder',
      path: 'src/data/query/probe.ts',
      code: "import { dayNumber } from '../contract';\nexport const probe = dayNumber;\n",
    },
    {
      what: 'a view importing the shared ui parts and the store',
      path: 'src/map/probe.ts',
      code: "import { SourceLinks } from '../ui/SourceLinks';\nimport { useAirlift } from '../store/store';\nexport const probe = [SourceLinks, useAirlift];\n",
    },
    {
      what: 'app wiring io and views',
      path: 'src/app/probe.ts',
      code: "import { downloadText } from '../io/download';\nimport { Timeline } from '../timeline/Timeline';\nexport const probe = [downloadText, Timeline];\n",
    },
  ])('passes lint for $what', async ({ path, code }) => {
    expect(await ruleIdsFor(path, code)).toEqual([]);
  });
});
