// Lets a child process run TypeScript straight from the sources (`node -r ./scripts/registerTs.js src/index.ts`):
// a test starts and SIGKILLs real service processes without building dist/ (which another suite may be
// rewriting at that moment), and the benchmark runs its own servers. Transpile only: the type check is
// `npm run typecheck`'s job.
const { readFileSync } = require('node:fs');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2023,
  esModuleInterop: true,
  sourceMap: false,
  inlineSourceMap: true,
};

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
    compilerOptions,
    fileName: filename,
  });
  module._compile(outputText, filename);
};
