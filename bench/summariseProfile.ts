import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function lives, at the grain that says whose cost it is: ours by folder, others by package. */
export function ownerOf({ functionName, url }: ProfileNode['callFrame']): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const packages = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (packages) return `package ${packages[1]}`;
  if (url.startsWith('node:'))
    return `node ${
      url
        .slice('node:'.length)
        .replace(/^internal\//, '')
        .split('/')[0]
    }`;
  const ours = /\/(dist\/)?((?:src|dialogs)(?:\/[^/]+)?)\//.exec(url);
  if (ours) return `ours ${ours[2]}`;
  const file = /\/(dist\/)?((?:src|dialogs)\/[^/]+)$/.exec(url);
  return file ? `ours ${file[2]}` : url;
}

/** Self time by owner and by function over every .cpuprofile in `dir`, as printable lines. */
export function summariseProfile(dir: string, name: string): string {
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id);
      const micros = profile.timeDeltas[i] ?? 0;
      if (!node || node.callFrame.functionName === '(idle)') return;
      total += micros;
      const owner = ownerOf(node.callFrame);
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
      const where = node.callFrame.url.replace(/^.*\/(node_modules|src|dialogs)\//, '$1/');
      const name = `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    });
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(
        ([name, micros]) =>
          `  ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`,
      );
  return [
    `CPU profile of ${name}, busy time ${(total / 1000).toFixed(0)} ms (idle excluded), self time by owner:`,
    ...top(byOwner, 25),
    'Top functions by self time:',
    ...top(byFunction, 25),
  ].join('\n');
}
