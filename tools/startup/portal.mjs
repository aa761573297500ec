// A muqeem-portal of its own for a start-up measurement: serving a copy of the built site (so a
// measurement may add its own pages beside it) with a fresh demo database, on a port of its own.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export async function startPortal(site, port) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'muqeem-startup-'));
  fs.cpSync(site, folder, { recursive: true });
  const portal = spawn('build/native/src/portal/muqeem-portal', ['--port', String(port), '--site', folder,
    '--database', path.join(folder, 'measure.db'), '--demo'], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    portal.kill();
    fs.rmSync(folder, { recursive: true, force: true });
  };
  for (let tries = 0; !(await fetch(`${base}/`).then((response) => response.ok, () => false)); ++tries) {
    if (tries > 100) {
      stop();
      throw new Error('muqeem-portal did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { base, folder, stop };
}
