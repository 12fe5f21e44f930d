"""Trunk post-build hook: gives every file the build copied in unhashed (the app's wasm and its
chunks, their JavaScript, the import checker and its loader, boot-check.js) a content hash in
its name, and rewrites every reference to it.

Trunk hashes only what it builds itself (the CSS); the split build (tools/build-wasm.sh) runs
before it, so the names are settled here. main.js, __wasm_split.js and its table import
one another, so they share one hash computed over the three. Runs before csp.py, which hashes the inline script."""
import hashlib, os, re, sys

dist = os.environ.get("TRUNK_STAGING_DIR", sys.argv[1] if len(sys.argv) > 1 else "dist")
app = os.path.join(dist, "app")


def digest(*parts):
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8"))
    return h.hexdigest()[:16]


def hashed(name, h):
    stem, ext = os.path.splitext(name)
    return f"{stem}-{h}{ext}"


def finish(app):
    """Hashes the names of one language's build (dist/app or dist/app/en); returns old -> new."""

    def read(name):
        with open(os.path.join(app, name), "rb") as f:
            return f.read()

    def rename(old, new, content=None):
        path = os.path.join(app, old)
        if content is not None:
            with open(path, "wb") as f:
                f.write(content)
        os.replace(path, os.path.join(app, new))

    def replace_quoted(text, old, new):
        """Replaces `old` where it stands quoted as a whole path, with or without "./"."""
        return re.sub(r"""(["'])(\./)?""" + re.escape(old) + r"""\1""", lambda m: m.group(1) + (m.group(2) or "") + new + m.group(1), text)

    names = {}
    # Leaves first: the wasm modules and the checker's JavaScript name nothing.
    for name in sorted(os.listdir(app)):
        if name.endswith(".wasm") or name == "import_worker.js":
            names[name] = hashed(name, digest(read(name)))
            rename(name, names[name])

    loader = read("import_worker_loader.js").decode()
    for old in ("import_worker.js", "import_worker_bg.wasm"):
        loader = replace_quoted(loader, old, names[old])
    names["import_worker_loader.js"] = hashed("import_worker_loader.js", digest(loader))
    rename("import_worker_loader.js", names["import_worker_loader.js"], loader.encode())

    # The app's modules name the wasm files, then each other: main.js and the chunk loader
    # __wasm_split.js import each other, and the loader's table (__wasm_split_table.js, fetched
    # on first use, tools/split-loader.py) imports main.js. One hash over the three.
    main, split, table = (read(n).decode() for n in ("main.js", "__wasm_split.js", "__wasm_split_table.js"))
    for old, new in names.items():
        if old.endswith(".wasm"):
            main, split, table = (replace_quoted(t, old, new) for t in (main, split, table))
    trio = digest(main, split, table)
    for name in ("main.js", "__wasm_split.js", "__wasm_split_table.js"):
        names[name] = hashed(name, trio)
    # Only the JavaScript imports are renamed: "./__wasm_split.js" also keys the wasm's imports.
    # (A release's JavaScript is minified: `from"./x.js"`, no space.)
    def rename_import(text, old, new):
        return re.sub(r'\bfrom\s*"\./' + re.escape(old) + '"', f'from"./{new}"', text)

    main = rename_import(main, "__wasm_split.js", names["__wasm_split.js"])
    split = rename_import(split, "main.js", names["main.js"])
    split = replace_quoted(split, "__wasm_split_table.js", names["__wasm_split_table.js"])
    table = rename_import(table, "main.js", names["main.js"])
    if re.search(r'(from\s*|import\(\s*)"\./(__wasm_split|main)\.js"|__wasm_split_table\.js', main + split + table):
        sys.exit("finish-dist.py: an import left unhashed")
    if names["__wasm_split_table.js"] not in split:
        sys.exit("finish-dist.py: the chunk loader does not name its table")
    for name, text in (("main.js", main), ("__wasm_split.js", split), ("__wasm_split_table.js", table)):
        rename(name, names[name], text.encode())
    return names


# The Vietnamese build, then the English one (tools/build-wasm.sh): the same file names, each
# hashed over its own content.
renamed = {f"./app/{old}": f"./app/{new}" for old, new in finish(app).items()}
if os.path.isdir(os.path.join(app, "en")):  # absent when built with APP_LANGUAGES=vi
    renamed.update({f"./app/en/{old}": f"./app/en/{new}" for old, new in finish(os.path.join(app, "en")).items()})

# boot-check.js, copied by Trunk to the top of dist/.
with open(os.path.join(dist, "boot-check.js"), "rb") as f:
    boot = f.read()
boot_name = hashed("boot-check.js", digest(boot))
os.replace(os.path.join(dist, "boot-check.js"), os.path.join(dist, boot_name))

index_path = os.path.join(dist, "index.html")
with open(index_path, encoding="utf-8") as f:
    html = f.read()
for old, new in renamed.items():
    html = html.replace(old, new)
# The page is minified in a release (Trunk.toml): attribute values may stand unquoted.
html = re.sub(r'src=(["\']?)boot-check\.js\1(?=[\s>])', lambda m: f'src={m.group(1)}{boot_name}{m.group(1)}', html)
# Trunk leaves the skipped Rust link in place; it means nothing to a browser.
html = re.sub(r"\s*<link data-trunk [^>]*rel=\"?rust\"?[^>]*>", "", html)
left = re.findall(r"\./app/(?:en/)?[\w.-]+|boot-check[\w.-]*\.js", html)
if not os.path.isdir(os.path.join(app, "en")):
    left = [l for l in left if not l.startswith("./app/en/")]
if any(not re.search(r"-[0-9a-f]{16}\.", l) for l in left):
    sys.exit(f"finish-dist.py: unhashed references left in index.html: {left}")
with open(index_path, "w", encoding="utf-8") as f:
    f.write(html)

print(f"finish-dist.py: {len(renamed) + 1} file names hashed")
