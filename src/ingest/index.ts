/**
 * Input readers: files, folders, stdin and URLs → verbatim `SourceBlob`s plus `RawDocument`s
 * (text, HTML, JSONL/JSON, RSS/Atom, WARC, any of them gzip'd), with per-item `Failure`s.
 */
export type { ReadOptions, SourceRead } from './source-read.js';
export { DEFAULT_MAX_BYTES } from './source-read.js';
export { listInputs } from './list-inputs.js';
export { readSourceFile } from './read-source-file.js';
export { readSourceBytes } from './read-source-bytes.js';
export { readStdin } from './read-stdin.js';
export { fetchUrl } from './fetch-url.js';
export { decodeBytes, type Decoded } from './decode.js';
export { sniffContent, formatFromName, type SniffedFormat } from './sniff-format.js';
