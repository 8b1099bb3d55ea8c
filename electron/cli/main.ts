// `npm run cli -- <command>`: the command-line entry point.
import { openLocalCore } from '../core/local-core';
import { runCli } from './run';

const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };

runCli(process.argv.slice(2), io, openLocalCore).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
