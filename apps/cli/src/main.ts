#!/usr/bin/env node
import { rootCommand } from "./root-command.js";
import { runCli } from "./run-cli.js";

process.exitCode = await runCli(rootCommand, process.argv.slice(2));
