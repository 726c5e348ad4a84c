#!/usr/bin/env node
console.log("virta");
