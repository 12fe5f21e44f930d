"""Splits wasm-split's chunk loader in two (tools/build-wasm.sh, after wasm-split-cli): the
loader proper, which names every chunk and which chunks each split point needs (3.4 KB
gzipped, growing with every shared chunk), becomes __wasm_split_table.js, fetched when a split
point is first called; __wasm_split.js, which main.js imports and the first load carries, is
left with one small function per split point that fetches the table on first use and hands
the call over. A table that cannot be fetched (offline, or the host has a newer version)
answers the split point as a chunk that cannot be fetched would, and is asked for again next
time (with a query, as a browser may remember a failed import by its address)."""
import os, re, sys

out = sys.argv[1]
loader_path = os.path.join(out, "__wasm_split.js")
with open(loader_path, encoding="utf-8") as f:
    loader = f.read()
names = re.findall(r"^export const (__wasm_split_load_\w+)\s*=", loader, re.M)
# Every export must be one of those: the stub stands in for the whole module.
if not names or len(re.findall(r"\bexport\b", loader)) != len(names) or 'from "./main.js"' not in loader:
    sys.exit("split-loader.py: wasm-split's loader has changed; its exports or its import of main.js were not found")
os.replace(loader_path, os.path.join(out, "__wasm_split_table.js"))

stub = """// Each split point's loader fetches the chunk table on first use (tools/split-loader.py).
// A retry asks for the table under another address: a browser may keep a failed import.
import { initSync } from "./main.js";
const TABLE = "./__wasm_split_table.js";
let table, failures = 0;
function later(name) {
  return (callbackIndex, callbackData) => {
    table ??= import(TABLE + (failures ? "?retry=" + failures : ""));
    return table.then(
      (loaders) => loaders[name](callbackIndex, callbackData),
      (error) => {
        console.error(error);
        table = undefined;
        failures += 1;
        initSync(undefined, undefined).__indirect_function_table.get(callbackIndex)(callbackData, false);
      },
    );
  };
}
""" + "".join(f'export const {n} = later("{n}");\n' for n in names)
with open(loader_path, "w", encoding="utf-8") as f:
    f.write(stub)
print(f"split-loader.py: {len(names)} split points, their table fetched on first use")
