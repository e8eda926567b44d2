import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

const heldByThisProcess = new Set<string>();

/**
 * PGlite has no postmaster.pid of its own: two processes opening the same data directory would
 * corrupt it. This lock file (holding the owner's pid) makes the second one stop with a clear
 * message instead. A lock left by a process that no longer runs is taken over.
 */
export function lockDataDir(lockFile: string, description: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (heldByThisProcess.has(lockFile)) {
      throw new DataDirInUseError(`The embedded database in ${description} is already open in this process.`);
    }
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldByThisProcess.add(lockFile);
      return () => {
        heldByThisProcess.delete(lockFile);
        rmSync(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    // Our own pid in a lock we do not hold is a leftover of an earlier run (e.g. pid 1 in a restarted container).
    if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) {
      throw new DataDirInUseError(
        `The embedded database in ${description} is in use by process ${owner} (lock file ${lockFile}). ` +
          `Stop that process, or use a different DATA_DIR.`,
      );
    }
    rmSync(lockFile, { force: true });
  }
  throw new DataDirInUseError(`Could not take the lock ${lockFile} for ${description}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
