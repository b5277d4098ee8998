#!/usr/bin/env node
// Committed so that pnpm can link the command before the first build has written dist/.
import "../dist/main.js";
